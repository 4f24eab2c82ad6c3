package org.nianbao.model;

/** Rows of the requests table in template order, with the model's key and the template's label. */
public enum RequestRow {
  NEW("new", "一、本年新收政府信息公开申请数量"),
  CARRIED_OVER("carried_over", "二、上年结转政府信息公开申请数量"),
  GRANTED("granted", "（一）予以公开"),
  PARTIAL("partial", "（二）部分公开"),
  DENIED_STATE_SECRET("denied_state_secret", "（三）不予公开 1.属于国家秘密"),
  DENIED_LAW("denied_law", "（三）不予公开 2.其他法律行政法规禁止公开"),
  DENIED_SAFETY("denied_safety", "（三）不予公开 3.危及“三安全一稳定”"),
  DENIED_THIRD_PARTY("denied_third_party", "（三）不予公开 4.保护第三方合法权益"),
  DENIED_INTERNAL("denied_internal", "（三）不予公开 5.属于三类内部事务信息"),
  DENIED_PROCESS("denied_process", "（三）不予公开 6.属于四类过程性信息"),
  DENIED_ENFORCEMENT("denied_enforcement", "（三）不予公开 7.属于行政执法案卷"),
  DENIED_QUERY("denied_query", "（三）不予公开 8.属于行政查询事项"),
  UNABLE_NOT_HELD("unable_not_held", "（四）无法提供 1.本机关不掌握相关政府信息"),
  UNABLE_NEEDS_CREATION("unable_needs_creation", "（四）无法提供 2.没有现成信息需要另行制作"),
  UNABLE_UNCLEAR("unable_unclear", "（四）无法提供 3.补正后申请内容仍不明确"),
  REJECTED_COMPLAINT("rejected_complaint", "（五）不予处理 1.信访举报投诉类申请"),
  REJECTED_REPEAT("rejected_repeat", "（五）不予处理 2.重复申请"),
  REJECTED_PUBLICATION("rejected_publication", "（五）不予处理 3.要求提供公开出版物"),
  REJECTED_MASS("rejected_mass", "（五）不予处理 4.无正当理由大量反复申请"),
  REJECTED_RECONFIRM("rejected_reconfirm", "（五）不予处理 5.要求行政机关确认或重新出具已获取信息"),
  OTHER_NO_CORRECTION("other_no_correction", "（六）其他处理 1.申请人无正当理由逾期不补正"),
  OTHER_NO_FEE("other_no_fee", "（六）其他处理 2.申请人逾期未按收费通知要求缴纳费用"),
  OTHER_OTHER("other_other", "（六）其他处理 3.其他"),
  HANDLED_TOTAL("handled_total", "（七）总计"),
  CARRIED_FORWARD("carried_forward", "四、结转下年度继续办理");

  private final String key;
  private final String label;

  RequestRow(String key, String label) {
    this.key = key;
    this.label = label;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  /** The outcome rows from 予以公开 to 其他处理, whose sum is 总计 (R2). */
  public boolean isOutcome() {
    return ordinal() >= GRANTED.ordinal() && ordinal() <= OTHER_OTHER.ordinal();
  }
}
