package org.nianbao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.nianbao.document.ReportDocuments;
import org.nianbao.identity.ReportIds;
import org.nianbao.identity.ReportKey;
import org.nianbao.identity.TextFingerprint;
import org.nianbao.pipeline.FileLoad;
import org.nianbao.pipeline.LoadedReport;
import org.nianbao.pipeline.ReportPipeline;
import org.nianbao.schema.ReportAnalyzers;
import org.nianbao.schema.ReportFields;
import org.nianbao.source.FoundFiles;
import org.nianbao.source.PageAddresses;
import org.nianbao.source.ReportFinder;

/**
 * Writes reports into an index on disk. Files are read and parsed, and documents analysed, on all
 * cores in batches; decisions (new, updated, unchanged, duplicate) are taken in file order so the
 * outcome never depends on thread timing. The index is committed every {@value #COMMIT_EVERY}
 * documents and at the end: a killed run leaves the last commit intact and loses only the work
 * since it.
 */
public final class ReportIndexer implements Closeable {

  static final int COMMIT_EVERY = 500;
  private static final int BATCH = 64;

  private final IndexWriter writer;
  private final ReportPipeline pipeline;
  private final ExecutorService workers;
  /** The reports in the index and those placed so far in this run, by key. */
  private final KnownReports known;

  private ReportIndexer(IndexWriter writer, ReportPipeline pipeline, int threads) throws IOException {
    this.writer = writer;
    this.pipeline = pipeline;
    this.workers = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "nianbao-indexer");
      thread.setDaemon(true);
      return thread;
    });
    this.known = KnownReports.read(writer);
  }

  /** Opens (or creates) the index in {@code indexDir}. */
  public static ReportIndexer open(Path indexDir, ReportPipeline pipeline) throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(ReportAnalyzers.perField())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(true);
    IndexWriter writer;
    try {
      writer = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    return new ReportIndexer(writer, pipeline, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /** Indexes every report file under {@code paths} (files or folders, recursively). */
  public IndexSummary index(List<Path> paths, ProgressListener progress) throws IOException {
    return index(paths, progress, PageAddresses.fromFolders());
  }

  /** The same, with the web addresses the user has for the files (a folder's urls.tsv, or --url). */
  public IndexSummary index(List<Path> paths, ProgressListener progress, PageAddresses addresses) throws IOException {
    FoundFiles found = new ReportFinder().find(paths);
    List<Path> files = found.files();
    List<FileOutcome> outcomes = new ArrayList<>(files.size());
    Map<String, Path> idsThisRun = new HashMap<>();
    int sinceCommit = 0;
    for (int start = 0; start < files.size(); start += BATCH) {
      List<Path> batch = files.subList(start, Math.min(files.size(), start + BATCH));
      List<FileLoad> loaded = runAll(batch.stream().<Callable<FileLoad>>map(path -> () -> pipeline.tryLoad(path, addresses.of(path))).toList());
      List<Callable<String>> writes = new ArrayList<>();
      for (int i = 0; i < batch.size(); i++) {
        FileOutcome outcome = decide(batch.get(i), loaded.get(i), idsThisRun);
        outcomes.add(outcome);
        if ((outcome.status() == FileOutcome.Status.INDEXED || outcome.status() == FileOutcome.Status.UPDATED)
            && loaded.get(i) instanceof FileLoad.Loaded(LoadedReport report)) {
          String id = outcome.id();
          writes.add(() -> write(report, id));
        }
        progress.fileDone(outcomes.size(), files.size(), outcome);
      }
      runAll(writes);
      sinceCommit += writes.size();
      if (sinceCommit >= COMMIT_EVERY) {
        writer.commit();
        sinceCommit = 0;
      }
    }
    CrossYearPass.run(writer); // R8–R11 for every body this run (or a killed one) touched
    writer.commit();
    return new IndexSummary(outcomes, found.problems(), writer.getDocStats().numDocs);
  }

  private FileOutcome decide(Path path, FileLoad loaded, Map<String, Path> idsThisRun) {
    LoadedReport report;
    switch (loaded) {
      case FileLoad.Rejected rejected -> {
        return new FileOutcome(path, FileOutcome.Status.FAILED, null, rejected.reason());
      }
      case FileLoad.Loaded(LoadedReport r) -> report = r;
    }
    ReportKey key = ReportKey.of(report.checked().report());
    long fingerprint = TextFingerprint.of(report.checked().report());
    String contentHash = contentHash(report);
    KnownReports.Identity identity = known.identify(key, fingerprint, contentHash, ReportIds.byKey(key));
    String id = identity.id();
    Path first = idsThisRun.putIfAbsent(id, path);
    if (first != null) {
      return new FileOutcome(path, FileOutcome.Status.DUPLICATE, id, "same report as " + first, identity.keyedOnText(),
          report.file().replacedBytes());
    }
    known.add(key.value(), new KnownReports.Known(id, contentHash, fingerprint, KnownReports.fileHash(contentHash)));
    if (identity.known().isEmpty()) {
      return new FileOutcome(path, FileOutcome.Status.INDEXED, id, null, identity.keyedOnText(), report.file().replacedBytes());
    }
    boolean unchanged = contentHash.equals(identity.known().get().contentHash());
    return new FileOutcome(path, unchanged ? FileOutcome.Status.UNCHANGED : FileOutcome.Status.UPDATED, id, null,
        identity.keyedOnText(), report.file().replacedBytes());
  }

  private String write(LoadedReport report, String id) throws IOException {
    Document doc = ReportDocuments.toDocument(id, report.checked(), report.file().path().toString(), contentHash(report));
    writer.updateDocument(new Term(ReportFields.ID, id), doc);
    return id;
  }

  private static String contentHash(LoadedReport report) {
    return report.file().sha256() + ":" + ReportPipeline.VERSION;
  }

  private <T> List<T> runAll(List<Callable<T>> tasks) throws IOException {
    List<T> results = new ArrayList<>(tasks.size());
    try {
      for (Future<T> future : workers.invokeAll(tasks)) {
        results.add(future.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("indexing failed", e.getCause());
    }
    return results;
  }

  /** Commits and closes the index. */
  @Override
  public void close() throws IOException {
    workers.shutdownNow();
    Directory directory = writer.getDirectory();
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
