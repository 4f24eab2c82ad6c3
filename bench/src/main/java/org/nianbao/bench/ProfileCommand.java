package org.nianbao.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nianbao bench profile FILE.jfr}: what a JFR recording of {@code index} or {@code serve}
 * says, in the terms of this code base. {@code jfr view hot-methods} gives the top frames only; a
 * Lucene or smartcn frame on top says little about which of our steps called it, so this also
 * counts each method once per sample wherever it is on the stack (inclusive), and names the first
 * org.nianbao frame for allocations and waits.
 */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description =
        "Summarise a JFR recording: self and inclusive CPU samples, allocation, lock contention, parking, GC.")
final class ProfileCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE.jfr")
  Path file;

  @Option(
      names = "--top",
      defaultValue = "25",
      description = "Rows per table (default: ${DEFAULT-VALUE}).")
  int top;

  @Option(
      names = "--thread",
      description = "Only samples of threads whose name contains this (e.g. qtp for Jetty's pool).")
  String thread;

  private final Map<String, Long> self = new HashMap<>();
  private final Map<String, Long> inclusive = new HashMap<>();
  private final Map<String, Long> firstOurs = new HashMap<>();
  private final Map<String, Long> allocByClass = new HashMap<>();
  private final Map<String, Long> allocBySite = new HashMap<>();
  private final Map<String, Long> contention = new HashMap<>();
  private final Map<String, Long> parking = new HashMap<>();
  private long samples;
  private long allocTotal;
  private long gcCount;
  private Duration gcPause = Duration.ZERO;
  private long maxHeapUsed;

  @Override
  public Integer call() throws IOException {
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent e = recording.readEvent();
        switch (e.getEventType().getName()) {
          case "jdk.ExecutionSample" -> sample(e);
          case "jdk.ObjectAllocationSample" -> allocation(e);
          case "jdk.JavaMonitorEnter" ->
              add(
                  contention,
                  e.getClass("monitorClass").getName() + " ← " + ourFrame(e.getStackTrace()),
                  e.getDuration().toMillis());
          case "jdk.ThreadPark" ->
              add(
                  parking,
                  className(e.getClass("parkedClass")) + " ← " + ourFrame(e.getStackTrace()),
                  e.getDuration().toMillis());
          case "jdk.GarbageCollection" -> {
            gcCount++;
            gcPause = gcPause.plus(e.getDuration("sumOfPauses"));
          }
          case "jdk.GCHeapSummary" -> maxHeapUsed = Math.max(maxHeapUsed, e.getLong("heapUsed"));
          default -> {}
        }
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%s: %,d execution samples%s; GC %d collections, %d ms paused in all; heap used at most %.0f MB%n",
        file,
        samples,
        thread == null ? "" : " of threads *" + thread + "*",
        gcCount,
        gcPause.toMillis(),
        maxHeapUsed / 1048576.0);
    table(out, "CPU, top frame (self)", self, samples, "%");
    table(out, "CPU, anywhere on the stack (inclusive)", inclusive, samples, "%");
    table(out, "CPU by the innermost org.nianbao frame", firstOurs, samples, "%");
    table(out, "Allocation (sampled weight) by class", allocByClass, allocTotal, "%");
    table(out, "Allocation by the innermost org.nianbao frame", allocBySite, allocTotal, "%");
    table(out, "Monitor contention (ms blocked) by monitor ← our frame", contention, 0, "ms");
    table(out, "Parking (ms) by parked class ← our frame", parking, 0, "ms");
    out.flush();
    return 0;
  }

  private void sample(RecordedEvent e) {
    if (thread != null) {
      var t = e.getThread("sampledThread");
      if (t == null || t.getJavaName() == null || !t.getJavaName().contains(thread)) {
        return;
      }
    }
    RecordedStackTrace stack = e.getStackTrace();
    if (stack == null || stack.getFrames().isEmpty()) {
      return;
    }
    samples++;
    List<RecordedFrame> frames = stack.getFrames();
    add(self, name(frames.get(0).getMethod()), 1);
    Set<String> seen = new HashSet<>();
    for (RecordedFrame f : frames) {
      String m = name(f.getMethod());
      if (seen.add(m)) {
        add(inclusive, m, 1);
      }
    }
    add(firstOurs, ourFrame(stack), 1);
  }

  private void allocation(RecordedEvent e) {
    long weight = e.getLong("weight");
    allocTotal += weight;
    add(allocByClass, className(e.getClass("objectClass")), weight);
    add(allocBySite, ourFrame(e.getStackTrace()), weight);
  }

  /** The innermost frame of our code: the step of ours that led to the work. */
  private static String ourFrame(RecordedStackTrace stack) {
    if (stack == null) {
      return "(no stack)";
    }
    for (RecordedFrame f : stack.getFrames()) {
      RecordedMethod m = f.getMethod();
      if (m != null && m.getType().getName().startsWith("org.nianbao.")) {
        return name(m);
      }
    }
    return "(outside org.nianbao)";
  }

  private static String name(RecordedMethod m) {
    if (m == null) {
      return "(unknown)";
    }
    String type = m.getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + m.getName();
  }

  private static String className(RecordedClass c) {
    return c == null ? "(none)" : c.getName();
  }

  private static void add(Map<String, Long> map, String key, long n) {
    map.merge(key, n, Long::sum);
  }

  private void table(
      PrintWriter out, String title, Map<String, Long> counts, long total, String unit) {
    if (counts.isEmpty()) {
      return;
    }
    out.println();
    out.println("## " + title);
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(top)
        .forEachOrdered(en -> sorted.put(en.getKey(), en.getValue()));
    for (var en : sorted.entrySet()) {
      if (unit.equals("%")) {
        out.printf(
            Locale.ROOT, "%6.1f%%  %s%n", 100.0 * en.getValue() / Math.max(1, total), en.getKey());
      } else {
        out.printf(Locale.ROOT, "%,9d %s  %s%n", en.getValue(), unit, en.getKey());
      }
    }
  }
}
