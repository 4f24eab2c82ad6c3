package org.nianbao.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
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
 * Writes reports into an index on disk, as a pipeline: files are read, parsed and checked on all
 * cores, running ahead of the decisions; decisions (new, updated, unchanged, duplicate) are taken
 * in file order on the calling thread, so the outcome never depends on thread timing; each document
 * is built and analysed on the cores again while later files load. No step waits for a batch. The
 * index is committed every {@link #COMMIT_SECONDS} seconds (30), on a thread of its own while the
 * run goes on, and at the end: a killed run leaves the last commit intact and loses only the work
 * since it.
 */
public final class ReportIndexer implements Closeable {

  /**
   * A commit makes the work so far survive a kill; each costs a flush of small segments and an
   * fsync (every 500 reports, as before, cost ~14 % of the run). {@code
   * -Dnianbao.index.commitSeconds=N} changes it (the kill -9 test commits often, to kill between
   * commits).
   */
  static final long COMMIT_SECONDS = Long.getLong("nianbao.index.commitSeconds", 30);

  /**
   * Indexing memory before a segment is flushed: fewer, larger segments, less merging, and less
   * work per search (each sub-query of a search seeks its terms and builds a scorer in every
   * segment). On the 20,000 generated reports, 256 MB left 5 segments where 64 MB left 8–9, at the
   * same indexing time (57.5 and 59.1 s against 58.2 and 58.3 s), and the query mix took 0.955 ×
   * and 0.974 × the time on the 5 (two runs alternating requests between the indexes). A quarter of
   * the heap at most, so a small -Xmx still has room for the reports in flight.
   */
  static final double RAM_BUFFER_MB =
      Math.max(16, Math.min(256, Runtime.getRuntime().maxMemory() / 4.0 / (1024 * 1024)));

  private final IndexWriter writer;
  private final ReportPipeline pipeline;
  private final ExecutorService workers;

  /**
   * Runs the periodic commits. A commit writes every buffered document as a segment, one buffer
   * after another on the thread that commits: on the deciding thread it stopped the decisions for
   * that long (9 s of a 47 s run at 20,000 generated reports, with the workers idle for lack of
   * files), while on its own thread the workers go on and take their share of the flushing.
   */
  private final ExecutorService committer;

  private final int threads;

  /** The reports in the index and those placed so far in this run, by key. */
  private final KnownReports known;

  private ReportIndexer(IndexWriter writer, ReportPipeline pipeline, int threads)
      throws IOException {
    this.writer = writer;
    this.pipeline = pipeline;
    this.threads = threads;
    this.workers =
        Executors.newFixedThreadPool(
            threads, Thread.ofPlatform().name("nianbao-indexer").daemon().factory());
    this.committer =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("nianbao-commit").daemon().factory());
    this.known = KnownReports.read(writer);
  }

  /** Opens (or creates) the index in {@code indexDir}. */
  public static ReportIndexer open(Path indexDir, ReportPipeline pipeline) throws IOException {
    Directory directory = FSDirectory.open(indexDir);
    IndexWriterConfig config =
        new IndexWriterConfig(ReportAnalyzers.perField())
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            .setCodec(new Lucene104Codec(Lucene104Codec.Mode.BEST_COMPRESSION))
            .setCommitOnClose(true);
    IndexWriter writer;
    try {
      refuseIncompatible(indexDir, directory);
      writer = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    return new ReportIndexer(
        writer, pipeline, Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /** A clear error, before any write, for an index this version's documents cannot go into. */
  private static void refuseIncompatible(Path indexDir, Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      Optional<String> why =
          ReportDocuments.incompatibility(FieldInfos.getMergedFieldInfos(reader));
      if (why.isPresent()) {
        throw new IOException("the index " + indexDir + " " + why.get());
      }
    }
  }

  /** Indexes every report file under {@code paths} (files or folders, recursively). */
  public IndexSummary index(List<Path> paths, ProgressListener progress) throws IOException {
    return index(paths, progress, PageAddresses.fromFolders());
  }

  /**
   * A file loaded on a worker, with what deciding on it needs (computed there, not on the deciding
   * thread).
   */
  private record Prepared(FileLoad load, ReportKey key, long fingerprint, String contentHash) {}

  /**
   * The same, with the web addresses the user has for the files (a folder's urls.tsv, or --url).
   */
  public IndexSummary index(List<Path> paths, ProgressListener progress, PageAddresses addresses)
      throws IOException {
    FoundFiles found = new ReportFinder().find(paths);
    List<Path> files = found.files();
    List<FileOutcome> outcomes = new ArrayList<>(files.size());
    Map<String, Path> idsThisRun = new HashMap<>();
    // Files held at once (loaded and not yet decided, or being written): bounds memory; loads run
    // at most `ahead` files beyond the decisions so the cores always have work queued.
    int ahead = 4 * threads;
    Semaphore held = new Semaphore(8 * threads);
    ArrayDeque<Future<Prepared>> loading = new ArrayDeque<>();
    ArrayDeque<Future<String>> writing = new ArrayDeque<>();
    long lastCommit = System.nanoTime();
    Future<Void> commit = null;
    int next = 0;
    try {
      for (int i = 0; i < files.size(); i++) {
        while (next < files.size()
            && (loading.isEmpty() || (next - i < ahead && held.tryAcquire()))) {
          if (loading.isEmpty()) {
            held.acquire(); // every permit is held by a write: wait for one
          }
          Path path = files.get(next++);
          Optional<String> url = addresses.of(path);
          loading.add(workers.submit(() -> prepare(path, url)));
        }
        Path path = files.get(i);
        Prepared prepared = result(loading.removeFirst());
        FileOutcome outcome = decide(path, prepared, idsThisRun);
        outcomes.add(outcome);
        if ((outcome.status() == FileOutcome.Status.INDEXED
                || outcome.status() == FileOutcome.Status.UPDATED)
            && prepared.load() instanceof FileLoad.Loaded(LoadedReport report)) {
          String id = outcome.id();
          writing.add(
              workers.submit(
                  () -> {
                    try {
                      return write(report, id, prepared);
                    } finally {
                      held.release();
                    }
                  }));
        } else {
          held.release();
        }
        progress.fileDone(outcomes.size(), files.size(), outcome);
        while (!writing.isEmpty() && writing.peekFirst().isDone()) {
          result(writing.removeFirst()); // a failed write fails the run now
        }
        if (System.nanoTime() - lastCommit >= TimeUnit.SECONDS.toNanos(COMMIT_SECONDS)
            && (commit == null || commit.isDone())) {
          if (commit != null) {
            result(commit); // a failed commit fails the run now
          }
          commit = committer.submit(this::commit);
          lastCommit = System.nanoTime();
        }
      }
      while (!writing.isEmpty()) {
        result(writing.removeFirst());
      }
      if (commit != null) {
        result(commit);
      }
      flushBuffers();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
    } finally {
      loading.forEach(f -> f.cancel(true));
    }
    CrossYearPass.run(writer); // R8–R11 for every body this run (or a killed one) touched
    writer.commit();
    return new IndexSummary(outcomes, found.problems(), writer.getDocStats().numDocs);
  }

  private Void commit() throws IOException {
    writer.commit();
    return null;
  }

  /**
   * Writes the buffered documents as segments, one buffer per worker at once. The cross-year pass
   * opens a reader on the writer, which would flush them one after another on the calling thread
   * while the workers idle.
   */
  private void flushBuffers() throws IOException, InterruptedException {
    List<Future<Void>> flushing = new ArrayList<>(threads);
    for (int t = 0; t < threads; t++) {
      flushing.add(
          workers.submit(
              () -> {
                while (writer.flushNextBuffer()) {
                  // each call writes the largest buffer no other thread is writing
                }
                return null;
              }));
    }
    for (Future<Void> flush : flushing) {
      result(flush);
    }
  }

  private Prepared prepare(Path path, Optional<String> url) {
    FileLoad load = pipeline.tryLoad(path, url);
    if (load instanceof FileLoad.Loaded(LoadedReport report)) {
      return new Prepared(
          load,
          ReportKey.of(report.checked().report()),
          TextFingerprint.of(report.checked().report()),
          contentHash(report));
    }
    return new Prepared(load, null, 0, null);
  }

  private FileOutcome decide(Path path, Prepared prepared, Map<String, Path> idsThisRun) {
    LoadedReport report;
    switch (prepared.load()) {
      case FileLoad.Rejected rejected -> {
        return new FileOutcome(path, FileOutcome.Status.FAILED, null, rejected.reason());
      }
      case FileLoad.Loaded(LoadedReport r) -> report = r;
    }
    ReportKey key = prepared.key();
    long fingerprint = prepared.fingerprint();
    String contentHash = prepared.contentHash();
    KnownReports.Identity identity =
        known.identify(key, fingerprint, contentHash, ReportIds.byKey(key));
    String id = identity.id();
    Path first = idsThisRun.putIfAbsent(id, path);
    if (first != null) {
      return new FileOutcome(
          path,
          FileOutcome.Status.DUPLICATE,
          id,
          "same report as " + first,
          identity.keyedOnText(),
          report.file().replacedBytes());
    }
    known.add(
        key.value(),
        new KnownReports.Known(id, contentHash, fingerprint, KnownReports.fileHash(contentHash)));
    if (identity.known().isEmpty()) {
      return new FileOutcome(
          path,
          FileOutcome.Status.INDEXED,
          id,
          null,
          identity.keyedOnText(),
          report.file().replacedBytes());
    }
    boolean unchanged = contentHash.equals(identity.known().get().contentHash());
    return new FileOutcome(
        path,
        unchanged ? FileOutcome.Status.UNCHANGED : FileOutcome.Status.UPDATED,
        id,
        null,
        identity.keyedOnText(),
        report.file().replacedBytes());
  }

  private String write(LoadedReport report, String id, Prepared prepared) throws IOException {
    Document doc =
        ReportDocuments.toDocument(
            id,
            report.checked(),
            report.file().path().toString(),
            prepared.contentHash(),
            prepared.fingerprint());
    writer.updateDocument(new Term(ReportFields.ID, id), doc);
    return id;
  }

  private static String contentHash(LoadedReport report) {
    return report.file().sha256() + ":" + ReportPipeline.VERSION;
  }

  /** A task's result; its IOException as itself, anything else as the run's failure. */
  private static <T> T result(Future<T> future) throws IOException, InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("indexing failed", e.getCause());
    }
  }

  /** Commits and closes the index. */
  @Override
  public void close() throws IOException {
    workers.shutdownNow();
    committer.shutdownNow();
    Directory directory = writer.getDirectory();
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }
}
