package org.nianbao.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nianbao.document.ReportDocuments;
import org.nianbao.schema.BigramSimilarity;
import org.nianbao.schema.ReportAnalyzers;

/**
 * The split rescorer ranks a window of candidates exactly as Lucene's sequential {@code
 * QueryRescorer} (keeping the second score only) does: same documents, same scores, same order, on
 * an index of several segments searched with an executor. Its reports are all of one year, so equal
 * scores go to the lower doc id in both (the split rescorer lists the newest first).
 */
class SplitRescorerTest {

  private static final String[] PHRASES = {
    "严格落实保密审查制度", "保密工作", "发布前经过审查", "政务公开", "依申请公开", "政务新媒体", "抖音", "公开时限",
  };

  private static Path indexDir;
  private static FSDirectory directory;
  private static DirectoryReader reader;
  private static ExecutorService executor;
  private static IndexSearcher searcher;

  @BeforeAll
  static void open(@TempDir Path dir) throws IOException {
    indexDir = dir;
    directory = FSDirectory.open(indexDir);
    IndexWriterConfig config =
        new IndexWriterConfig(ReportAnalyzers.perField())
            .setMaxBufferedDocs(300)
            .setMergePolicy(NoMergePolicy.INSTANCE);
    Random random = new Random(7);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < 1500; i++) {
        StringBuilder text = new StringBuilder();
        int sentences = 1 + random.nextInt(6);
        for (int s = 0; s < sentences; s++) {
          text.append("第").append(random.nextInt(50)).append("项，");
          text.append(PHRASES[random.nextInt(PHRASES.length)]).append("。");
        }
        writer.addDocument(
            ReportDocuments.toDocument(
                "r-" + i, TestReports.overviewOnly(text.toString()), null, null));
      }
    }
    reader = DirectoryReader.open(directory);
    executor = Executors.newFixedThreadPool(3);
    searcher = new IndexSearcher(reader, executor);
    searcher.setSimilarity(new BigramSimilarity());
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
    executor.shutdown();
  }

  @ParameterizedTest
  @ValueSource(strings = {"保密审查", "政务公开 抖音", "依申请公开", "政务新媒体 公开时限 保密", "政务公开 -抖音"})
  void ranksAsTheSequentialRescorer(String text) throws IOException {
    ReportQuery query = new ReportQueryBuilder(PlaceNames.NONE).build(UserQuery.parse(text));
    assertRanksAsTheSequentialRescorer(query, query.firstPhase(), text);
  }

  /**
   * A request's filters are required clauses beside the first phase, as a drill-down adds them:
   * they score nothing, so a candidate's score is still its relevance.
   */
  @Test
  void candidatesOfAFilteredFirstPhaseRankAsTheSequentialRescorer() throws IOException {
    ReportQueryBuilder builder = new ReportQueryBuilder(PlaceNames.NONE);
    ReportQuery query = builder.build(UserQuery.parse("政务公开 抖音"));
    Query filtered =
        new BooleanQuery.Builder()
            .add(query.firstPhase(), Occur.MUST)
            .add(builder.build(UserQuery.parse("保密")).matching(), Occur.FILTER)
            .build();
    assertRanksAsTheSequentialRescorer(query, filtered, "政务公开 抖音, filtered");
  }

  private static void assertRanksAsTheSequentialRescorer(
      ReportQuery query, Query firstPhase, String text) throws IOException {
    assertTrue(reader.leaves().size() > 3, "the index should have several segments");
    TopDocs candidates = searcher.search(firstPhase, new TopScoreDocCollectorManager(1000, 1000));
    assertTrue(candidates.scoreDocs.length > 200, text + ": too few candidates to split");
    for (int topN : new int[] {1, 10, 333, candidates.scoreDocs.length}) {
      ScoreDoc[] sequential =
          new QueryRescorer(query.scoring()) {
            @Override
            protected float combine(float first, boolean matches, float second) {
              return matches ? second : 0f;
            }
          }.rescore(searcher, firstPhase(candidates), topN).scoreDocs;
      ScoreDoc[] split =
          SplitRescorer.rescore(
              searcher, firstPhase(candidates).scoreDocs, query.graded().orElseThrow(), topN);
      assertEquals(describe(sequential), describe(split), text + ", top " + topN);
    }
  }

  /**
   * A copy of the first phase's candidates: {@code QueryRescorer} writes its scores into the hits
   * it is given, and the split rescorer reads each candidate's first-phase score.
   */
  private static TopDocs firstPhase(TopDocs candidates) {
    ScoreDoc[] copies = new ScoreDoc[candidates.scoreDocs.length];
    for (int i = 0; i < copies.length; i++) {
      ScoreDoc hit = candidates.scoreDocs[i];
      copies[i] = new ScoreDoc(hit.doc, hit.score, hit.shardIndex);
    }
    return new TopDocs(candidates.totalHits, copies);
  }

  private static List<String> describe(ScoreDoc[] docs) {
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : docs) {
      out.add(d.doc + ":" + Float.floatToIntBits(d.score));
    }
    return out;
  }
}
