package org.nianbao.bench.corpus;

import java.util.List;

/**
 * A field of government work, with the names its bodies carry at each level and the phrases its
 * reports use. {@code key} is the normalised sector the indexer should find (文化和旅游 for 文体广电和旅游局 as
 * for 文化和旅游局).
 *
 * @param central the ministry's name, or null when the sector has none among the central bodies we
 *     draw
 * @param province the body's name at province level (厅, 委员会 …)
 * @param local the names the body carries in cities and counties (variants drawn at random)
 * @param phrases domain phrases that reports of this sector write about (河长制, 不动产登记 …)
 */
record Sector(
    String key, String central, String province, List<String> local, List<String> phrases) {

  static final Sector GOVERNMENT =
      new Sector(
          "政府",
          null,
          "人民政府",
          List.of("人民政府", "人民政府办公室"),
          List.of("政府工作报告", "重大行政决策", "政府常务会议", "财政预决算", "重大建设项目", "民生实事", "规范性文件备案审查"));

  static final List<Sector> ALL =
      List.of(
          GOVERNMENT,
          new Sector(
              "教育",
              "教育部",
              "教育厅",
              List.of("教育局", "教育和体育局"),
              List.of("义务教育招生", "校外培训机构", "学生资助", "教师招聘", "中小学校舍", "课后服务", "高考招生")),
          new Sector(
              "卫生健康",
              "国家卫生健康委员会",
              "卫生健康委员会",
              List.of("卫生健康局", "卫生健康委员会"),
              List.of("公共卫生", "医疗机构执业登记", "疫苗接种", "家庭医生签约", "传染病防控", "医疗卫生服务")),
          new Sector(
              "文化和旅游",
              "文化和旅游部",
              "文化和旅游厅",
              List.of("文化和旅游局", "文化广电和旅游局", "文体广电和旅游局"),
              List.of("A级旅游景区", "非物质文化遗产", "公共文化服务", "文物保护", "文旅消费", "图书馆", "旅游市场秩序")),
          new Sector(
              "市场监管",
              "国家市场监督管理总局",
              "市场监督管理局",
              List.of("市场监督管理局"),
              List.of("食品安全抽检", "双随机一公开", "特种设备安全", "价格监督检查", "市场主体登记", "知识产权保护")),
          new Sector(
              "生态环境",
              "生态环境部",
              "生态环境厅",
              List.of("生态环境局"),
              List.of("环境影响评价", "空气质量", "排污许可", "环境信访", "饮用水水源地", "突发环境事件")),
          new Sector(
              "自然资源",
              "自然资源部",
              "自然资源厅",
              List.of("自然资源局", "自然资源和规划局"),
              List.of("不动产登记", "国土空间规划", "土地征收", "耕地保护", "地质灾害防治", "矿产资源")),
          new Sector(
              "住建",
              "住房和城乡建设部",
              "住房和城乡建设厅",
              List.of("住房和城乡建设局"),
              List.of("保障性住房", "老旧小区改造", "建筑市场监管", "物业管理", "棚户区改造", "城市更新")),
          new Sector(
              "交通运输",
              "交通运输部",
              "交通运输厅",
              List.of("交通运输局"),
              List.of("农村公路", "道路运输", "公交线路", "交通建设项目", "出租汽车", "治超")),
          new Sector(
              "公安",
              "公安部",
              "公安厅",
              List.of("公安局"),
              List.of("户籍办理", "出入境证件", "交通管理", "电信网络诈骗", "治安管理处罚", "居住证")),
          new Sector(
              "财政",
              "财政部",
              "财政厅",
              List.of("财政局"),
              List.of("预决算公开", "政府采购", "惠民惠农财政补贴", "专项资金", "政府债务", "国库集中支付")),
          new Sector(
              "人力资源和社会保障",
              "人力资源和社会保障部",
              "人力资源和社会保障厅",
              List.of("人力资源和社会保障局"),
              List.of("就业创业", "社会保险", "欠薪治理", "职业技能培训", "事业单位公开招聘", "劳动人事争议仲裁")),
          new Sector(
              "民政",
              "民政部",
              "民政厅",
              List.of("民政局"),
              List.of("最低生活保障", "养老服务", "社会组织登记", "婚姻登记", "殡葬管理", "特困人员供养")),
          new Sector(
              "农业农村",
              "农业农村部",
              "农业农村厅",
              List.of("农业农村局"),
              List.of("惠农补贴", "高标准农田", "农村人居环境", "动物防疫", "农产品质量安全", "乡村振兴")),
          new Sector(
              "水利",
              "水利部",
              "水利厅",
              List.of("水利局", "水务局"),
              List.of("河长制", "防汛抗旱", "水土保持", "农村饮水安全", "取水许可", "水利工程建设")),
          new Sector(
              "应急管理",
              "应急管理部",
              "应急管理厅",
              List.of("应急管理局"),
              List.of("安全生产", "森林防灭火", "自然灾害救助", "危险化学品", "应急预案", "隐患排查")),
          new Sector(
              "发展改革",
              "国家发展和改革委员会",
              "发展和改革委员会",
              List.of("发展和改革局", "发展和改革委员会"),
              List.of("重大项目", "价格管理", "社会信用体系", "营商环境", "投资项目审批", "粮食安全")),
          new Sector(
              "工业和信息化",
              "工业和信息化部",
              "工业和信息化厅",
              List.of("工业和信息化局"),
              List.of("中小企业", "技术改造", "工业园区", "节能降耗", "数字经济", "专精特新")),
          new Sector(
              "科技",
              "科学技术部",
              "科学技术厅",
              List.of("科学技术局"),
              List.of("高新技术企业", "科技计划项目", "科技成果转化", "科技特派员", "创新平台")),
          new Sector(
              "司法",
              "司法部",
              "司法厅",
              List.of("司法局"),
              List.of("法律援助", "人民调解", "行政复议", "普法宣传", "公共法律服务", "社区矫正")),
          new Sector(
              "商务",
              "商务部",
              "商务厅",
              List.of("商务局"),
              List.of("招商引资", "外贸进出口", "促消费活动", "电子商务", "成品油流通", "商贸流通")),
          new Sector(
              "审计", "审计署", "审计厅", List.of("审计局"), List.of("审计整改", "经济责任审计", "审计工作报告", "预算执行审计")),
          new Sector(
              "统计",
              "国家统计局",
              "统计局",
              List.of("统计局"),
              List.of("统计公报", "经济普查", "统计调查", "统计执法", "人口抽样调查")),
          new Sector(
              "退役军人事务",
              "退役军人事务部",
              "退役军人事务厅",
              List.of("退役军人事务局"),
              List.of("优待抚恤", "退役军人安置", "烈士纪念设施", "光荣牌", "就业创业扶持")),
          new Sector(
              "医疗保障",
              "国家医疗保障局",
              "医疗保障局",
              List.of("医疗保障局"),
              List.of("医保基金监管", "城乡居民医保", "异地就医", "药品集中带量采购", "门诊慢特病")),
          new Sector(
              "林业和草原",
              "国家林业和草原局",
              "林业局",
              List.of("林业局"),
              List.of("林长制", "森林资源", "古树名木", "野生动物保护", "国土绿化")),
          new Sector(
              "城市管理",
              null,
              "城市管理局",
              List.of("城市管理局", "综合行政执法局"),
              List.of("市容环境", "生活垃圾分类", "占道经营", "户外广告", "市政设施")),
          new Sector(
              "行政审批",
              null,
              "政务服务管理局",
              List.of("行政审批服务局", "政务服务管理局"),
              List.of("一网通办", "一件事一次办", "政务服务大厅", "跨省通办", "帮办代办")));
}
