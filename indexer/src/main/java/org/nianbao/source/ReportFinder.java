package org.nianbao.source;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Expands the user's PATH arguments (files or folders) into the files to index. Folders are walked
 * recursively, following symbolic links but never around a loop; inside them hidden entries (names
 * starting with '.') and files that are obviously not reports (Office lock files, partial
 * downloads, images, scripts, archives) are skipped. A file named explicitly is always taken: the
 * reader will say if it is unreadable. Arguments that do not exist are reported, not dropped.
 */
public final class ReportFinder {

  /** Extensions of files a saved web page or a download folder holds besides the reports. */
  private static final Set<String> NOT_REPORT_EXTENSIONS =
      Set.of(
          "jpg",
          "jpeg",
          "png",
          "gif",
          "bmp",
          "webp",
          "svg",
          "ico",
          "tif",
          "tiff",
          "css",
          "js",
          "mjs",
          "map",
          "json",
          "woff",
          "woff2",
          "ttf",
          "otf",
          "eot",
          "mp3",
          "mp4",
          "avi",
          "mov",
          "wav",
          "flv",
          "zip",
          "rar",
          "7z",
          "gz",
          "tgz",
          "bz2",
          "xz",
          "exe",
          "dll",
          "so",
          "class",
          "jar",
          "tmp",
          "part",
          "crdownload",
          "download",
          "lnk",
          // notes and lists kept beside reports: a README, a urls.tsv of addresses, labels
          "md",
          "tsv",
          "csv",
          "jsonl");

  private static final Set<String> NOT_REPORT_NAMES = Set.of("thumbs.db", "desktop.ini");

  public FoundFiles find(List<Path> arguments) {
    // Keyed by real path so that a file reached twice (named and inside a named folder, or
    // through a link) is listed once; the value is the path as first reached, made absolute.
    TreeMap<Path, Path> byRealPath = new TreeMap<>();
    List<FoundFiles.Problem> problems = new ArrayList<>();
    for (Path argument : arguments) {
      Path absolute = argument.toAbsolutePath().normalize();
      if (!Files.exists(absolute)) {
        problems.add(
            new FoundFiles.Problem(
                argument,
                Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
                    ? "broken symbolic link"
                    : "no such file or folder"));
      } else if (Files.isDirectory(absolute)) {
        walk(argument, absolute, byRealPath, problems);
      } else if (Files.isRegularFile(absolute)) {
        add(absolute, byRealPath, problems);
      } else {
        problems.add(new FoundFiles.Problem(argument, "not a regular file or folder"));
      }
    }
    // De-duplicated by real path above; sorted here by the path the user sees.
    List<Path> files = new ArrayList<>(byRealPath.values());
    files.sort(null);
    return new FoundFiles(files, problems);
  }

  private static void walk(
      Path argument, Path root, TreeMap<Path, Path> byRealPath, List<FoundFiles.Problem> problems) {
    Set<FileVisitOption> options = Set.of(FileVisitOption.FOLLOW_LINKS);
    try {
      Files.walkFileTree(
          root,
          options,
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && isHidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && !isHidden(file) && !isObviouslyNotReport(file)) {
                add(file, byRealPath, problems);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // A link back to an ancestor folder: everything below it is already being walked.
              if (!(e instanceof FileSystemLoopException) && !isHidden(file)) {
                problems.add(new FoundFiles.Problem(file, "cannot read: " + describe(e)));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      problems.add(new FoundFiles.Problem(argument, "cannot read: " + describe(e)));
    }
  }

  private static void add(
      Path file, TreeMap<Path, Path> byRealPath, List<FoundFiles.Problem> problems) {
    try {
      Path real = file.toRealPath();
      // Of the paths reaching one file, keep the one not through a link, else the first in
      // order: the choice must not depend on the order the file system lists a folder in.
      byRealPath.merge(
          real,
          file,
          (kept, offered) -> {
            if (kept.equals(real) != offered.equals(real)) {
              return kept.equals(real) ? kept : offered;
            }
            return kept.compareTo(offered) <= 0 ? kept : offered;
          });
    } catch (IOException e) {
      problems.add(new FoundFiles.Problem(file, "cannot read: " + describe(e)));
    }
  }

  static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static boolean isObviouslyNotReport(Path path) {
    Path fileName = path.getFileName();
    if (fileName == null) {
      return false;
    }
    String name = fileName.toString().toLowerCase(Locale.ROOT);
    // "~$报告.docx" is the lock file Word keeps next to an open document.
    if (name.startsWith("~$") || NOT_REPORT_NAMES.contains(name)) {
      return true;
    }
    int dot = name.lastIndexOf('.');
    return dot >= 0 && NOT_REPORT_EXTENSIONS.contains(name.substring(dot + 1));
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
