package org.nianbao.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.nianbao.source.Block;
import org.nianbao.source.Deadline;
import org.nianbao.source.TableBlock;
import org.nianbao.source.TextBlock;

/**
 * Splits a page's blocks into its header and the report body. The header is everything before the
 * first line that belongs to the report itself (a part heading, a sentence, a template table): site
 * chrome, breadcrumbs, the metadata block, the title, a date or agency line under it. The header
 * feeds the metadata and is never searched or shown as report text.
 *
 * @param header the blocks before the body
 * @param body the report's own blocks, page chrome removed
 */
record PageSplit(List<Block> header, List<Block> body) {

  /** Words of the template's tables: a table holding them is the report's, not the page's. */
  private static final Pattern TEMPLATE_TABLE =
      Pattern.compile("本年新收|上年结转|第二十条|本年制发|本年新制作|予以公开|结果维持|行政许可|自然人|信息内容|申请人情况");

  private static final Pattern REPORT_WORDS = Pattern.compile("条例|本报告|年度报告|统计期限|统计时限|本年度");
  private static final Pattern SENTENCE_MARK = Pattern.compile("[，,。；;！？]");

  static PageSplit of(List<Block> blocks) {
    int start = bodyStart(blocks);
    List<Block> body = new ArrayList<>();
    for (Block block : blocks.subList(start, blocks.size())) {
      if (!(block instanceof TextBlock line && PageChrome.isChrome(line.text()))) {
        body.add(block);
      }
    }
    return new PageSplit(List.copyOf(blocks.subList(0, start)), List.copyOf(body));
  }

  private static int bodyStart(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      if (startsBody(blocks.get(i))) {
        return i;
      }
    }
    return blocks.size();
  }

  private static boolean startsBody(Block block) {
    return switch (block) {
      case TextBlock line -> isReportLine(line.text());
      case TableBlock table -> TEMPLATE_TABLE.matcher(Lines.tableText(table)).find();
    };
  }

  /** A part heading, or a sentence of the report (not a metadata line, not chrome). */
  static boolean isReportLine(String text) {
    if (PartSplitter.isPartHeading(text)) {
      return true;
    }
    if (PageChrome.isChrome(text) || PageFacts.isMetadataLine(text)) {
      return false;
    }
    boolean sentence = text.length() >= 20 && SENTENCE_MARK.matcher(text).find();
    return sentence
        || text.length() >= 25
            && REPORT_WORDS.matcher(text).find()
            && !TitleFinder.isTitleLine(text);
  }
}
