package org.nianbao.model;

/** The six parts of the 2021 national format, with the model's JSON key and canonical heading. */
public enum Part {
  OVERVIEW("overview", "一、总体情况"),
  ACTIVE("active", "二、主动公开政府信息情况"),
  REQUESTS("requests", "三、收到和处理政府信息公开申请情况"),
  REVIEW_LITIGATION("review_litigation", "四、政府信息公开行政复议、行政诉讼情况"),
  PROBLEMS("problems", "五、存在的主要问题及改进情况"),
  OTHER("other", "六、其他需要报告的事项");

  private final String key;
  private final String heading;

  Part(String key, String heading) {
    this.key = key;
    this.heading = heading;
  }

  public String key() {
    return key;
  }

  public String heading() {
    return heading;
  }

  public static Part fromKey(String key) {
    for (Part part : values()) {
      if (part.key.equals(key)) {
        return part;
      }
    }
    throw new IllegalArgumentException("unknown part: " + key);
  }
}
