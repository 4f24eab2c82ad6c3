package org.nianbao.bench.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory of a process from {@code /proc/PID/status} (Linux): current RSS and the peak the
 * kernel recorded (VmHWM). A sampler thread keeps the last peak seen, since /proc is gone once the
 * process has exited.
 */
public final class ProcessMemory implements AutoCloseable {

  private final long pid;
  private final Thread sampler;
  private volatile double peakMb = -1;
  private volatile double lastMb = -1;

  public ProcessMemory(long pid) {
    this.pid = pid;
    this.sampler =
        Thread.ofPlatform()
            .daemon()
            .name("rss-sampler-" + pid)
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    sample();
                    try {
                      Thread.sleep(200);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  public void sample() {
    double rss = readKb(pid, "VmRSS:");
    double hwm = readKb(pid, "VmHWM:");
    if (rss >= 0) {
      lastMb = rss / 1024;
    }
    if (hwm >= 0) {
      peakMb = Math.max(peakMb, hwm / 1024);
    }
  }

  /** Current RSS in MB (−1 when /proc is not there). */
  public double rssMb() {
    sample();
    return lastMb;
  }

  public double peakMb() {
    return peakMb;
  }

  /** Anonymous resident memory (heap, metaspace, code, stacks) in MB. */
  public double anonMb() {
    return readKb(pid, "RssAnon:") / 1024;
  }

  /** File-backed resident memory (memory-mapped index files, jars) in MB. */
  public double fileMb() {
    return readKb(pid, "RssFile:") / 1024;
  }

  private static double readKb(long pid, String key) {
    try {
      for (String line :
          Files.readAllLines(
              Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII)) {
        if (line.startsWith(key)) {
          return Double.parseDouble(line.substring(key.length()).replace("kB", "").strip());
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux, or the process has exited
    }
    return -1;
  }

  @Override
  public void close() {
    sampler.interrupt();
  }
}
