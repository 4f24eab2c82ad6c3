package org.nianbao.web;

import java.util.ArrayList;
import java.util.List;
import org.nianbao.search.Snippet;
import org.nianbao.web.view.ReportView;

/**
 * Cuts a marked line into pieces that are, or are not, inside a reused sentence, keeping the
 * query's marks: a sentence may span lines (a PDF's printed lines) and a mark may cross a
 * sentence's end, so both are cut where the other starts or ends.
 */
final class ReusedPieces {

  private ReusedPieces() {}

  /**
   * {@code line} (whose segments join to the line as printed) stands at {@code from} in its part's
   * text; {@code spans} are the reused sentences' {start, end} in that text.
   */
  static List<ReportView.Piece> cut(Snippet line, int from, List<int[]> spans) {
    if (spans.isEmpty()) {
      return List.of(new ReportView.Piece(line, false));
    }
    List<ReportView.Piece> pieces = new ArrayList<>();
    List<Snippet.Segment> run = new ArrayList<>();
    boolean runReused = false;
    int at = from;
    for (Snippet.Segment segment : line.segments()) {
      String text = segment.text();
      int i = 0;
      while (i < text.length()) {
        boolean reused = inside(at + i, spans);
        int next = i + 1;
        while (next < text.length() && inside(at + next, spans) == reused) {
          next++;
        }
        if (reused != runReused && !run.isEmpty()) {
          pieces.add(new ReportView.Piece(new Snippet(run), runReused));
          run = new ArrayList<>();
        }
        runReused = reused;
        run.add(new Snippet.Segment(text.substring(i, next), segment.highlighted()));
        i = next;
      }
      at += text.length();
    }
    if (!run.isEmpty()) {
      pieces.add(new ReportView.Piece(new Snippet(run), runReused));
    }
    return pieces;
  }

  private static boolean inside(int offset, List<int[]> spans) {
    for (int[] span : spans) {
      if (offset >= span[0] && offset < span[1]) {
        return true;
      }
    }
    return false;
  }
}
