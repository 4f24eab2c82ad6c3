package org.nianbao.eval;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A system under evaluation: ranks the collection's documents (by path) for a judged query. */
public interface RankingSystem extends Closeable {

  String name();

  /** The paths of the top {@code k} documents, best first. */
  List<String> search(JudgedQuery query, int k) throws IOException;
}
