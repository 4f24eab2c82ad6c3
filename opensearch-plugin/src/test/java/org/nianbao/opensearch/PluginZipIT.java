package org.nianbao.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nianbao.schema.ReportAnalyzers;
import org.opensearch.Version;
import org.opensearch.common.bootstrap.JarHell;
import org.opensearch.plugins.PluginInfo;

/**
 * The built zip, as {@code bin/opensearch-plugin install} and a node would take it (runs after
 * {@code package}, by failsafe): OpenSearch reads its descriptor, finds no class twice between the
 * zip and the node's own jars (jar hell), and the plugin's classes load and analyse from the zip's
 * jars alone, on top of OpenSearch's class path: nothing the zip leaves out (Jackson, lucene-facet)
 * is needed.
 */
class PluginZipIT {

  @TempDir Path plugin;

  @Test
  void theZipInstallsAndAnalysesOnANodesClassPath() throws Exception {
    unzip(Path.of(System.getProperty("nianbao.plugin.zip")), plugin);

    PluginInfo info = PluginInfo.readFromProperties(plugin);
    assertEquals("nianbao-analysis", info.getName());
    assertEquals(NianbaoAnalysisPlugin.class.getName(), info.getClassname());
    Properties descriptor = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            plugin.resolve(PluginInfo.OPENSEARCH_PLUGIN_PROPERTIES), StandardCharsets.UTF_8)) {
      descriptor.load(in);
    }
    // A node refuses a plugin built for another version.
    assertEquals(Version.CURRENT.toString(), descriptor.getProperty("opensearch.version"));

    List<URL> zipJars = new ArrayList<>();
    try (var files = Files.list(plugin)) {
      for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        zipJars.add(jar.toUri().toURL());
      }
    }
    assertEquals(3, zipJars.size(), () -> "the plugin, nianbao-core and smartcn: " + zipJars);
    List<URL> node = nodeClassPath();
    Set<URL> all = new HashSet<>(node);
    all.addAll(zipJars);
    JarHell.checkJarHell(all, message -> {});

    try (URLClassLoader nodeLoader =
            new URLClassLoader(node.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        URLClassLoader pluginLoader = new URLClassLoader(zipJars.toArray(URL[]::new), nodeLoader)) {
      Object instance = pluginLoader.loadClass(info.getClassname()).getConstructor().newInstance();
      Map<?, ?> analyzers =
          (Map<?, ?>) instance.getClass().getMethod("getAnalyzers").invoke(instance);
      assertEquals(
          Set.of(
              NianbaoAnalysisPlugin.WORDS,
              NianbaoAnalysisPlugin.BIGRAMS,
              NianbaoAnalysisPlugin.BIGRAMS_MARKING_LISTS),
          analyzers.keySet());
      String text = "本機關開通抖音政务号，“三公”经费";
      assertEquals(
          AnalyzersMatchCoreTest.tokens(ReportAnalyzers.bigrams(), "f", text),
          tokens(pluginLoader, "newBigrams", text));
      assertEquals(
          AnalyzersMatchCoreTest.tokens(ReportAnalyzers.words(), "f", text),
          tokens(pluginLoader, "newWords", text));
    }
  }

  /**
   * This test's class path less what the zip brings (this module's and core's classes, smartcn) and
   * the test framework: OpenSearch with its dependencies, Lucene core and analysis-common among
   * them.
   */
  private static List<URL> nodeClassPath() throws IOException {
    Path repo = Path.of("").toAbsolutePath().getParent();
    List<URL> node = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry).toAbsolutePath();
      String name = path.getFileName().toString();
      boolean ours = path.startsWith(repo) || name.startsWith("nianbao-");
      boolean bundled = name.startsWith("lucene-analysis-smartcn");
      boolean testFramework =
          name.startsWith("junit-")
              || name.startsWith("opentest4j")
              || name.startsWith("apiguardian")
              || name.startsWith("analysis-common")
              || name.startsWith("surefire")
              || name.startsWith("failsafe");
      if (!ours && !bundled && !testFramework) {
        node.add(path.toUri().toURL());
      }
    }
    assertTrue(
        node.stream().anyMatch(url -> url.getPath().contains("lucene-core")),
        () -> "no Lucene in " + node);
    return node;
  }

  /**
   * Each token of {@code ReportAnalyzers.<factory>()} loaded by {@code loader}, as "term start-end
   * +increment".
   */
  private static List<String> tokens(ClassLoader loader, String factory, String text)
      throws Exception {
    Object analyzer =
        loader.loadClass("org.nianbao.schema.ReportAnalyzers").getMethod(factory).invoke(null);
    Class<?> analyzerClass = loader.loadClass("org.apache.lucene.analysis.Analyzer");
    Class<?> streamClass = loader.loadClass("org.apache.lucene.analysis.TokenStream");
    Object stream =
        analyzerClass
            .getMethod("tokenStream", String.class, String.class)
            .invoke(analyzer, "f", text);
    Method attribute = streamClass.getMethod("addAttribute", Class.class);
    Object term =
        attribute.invoke(
            stream,
            loader.loadClass("org.apache.lucene.analysis.tokenattributes.CharTermAttribute"));
    Object offset =
        attribute.invoke(
            stream, loader.loadClass("org.apache.lucene.analysis.tokenattributes.OffsetAttribute"));
    Object increment =
        attribute.invoke(
            stream,
            loader.loadClass(
                "org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute"));
    Method start = offset.getClass().getMethod("startOffset");
    Method end = offset.getClass().getMethod("endOffset");
    Method positions = increment.getClass().getMethod("getPositionIncrement");
    List<String> tokens = new ArrayList<>();
    streamClass.getMethod("reset").invoke(stream);
    while ((Boolean) streamClass.getMethod("incrementToken").invoke(stream)) {
      tokens.add(
          term
              + " "
              + start.invoke(offset)
              + "-"
              + end.invoke(offset)
              + " +"
              + positions.invoke(increment));
    }
    streamClass.getMethod("end").invoke(stream);
    streamClass.getMethod("close").invoke(stream);
    return tokens;
  }

  private static void unzip(Path zip, Path into) throws IOException {
    try (InputStream file = Files.newInputStream(zip);
        ZipInputStream in = new ZipInputStream(file)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path target = into.resolve(entry.getName()).normalize();
        if (!target.startsWith(into) || entry.isDirectory()) {
          continue;
        }
        Files.createDirectories(target.getParent());
        Files.copy(in, target);
      }
    }
  }
}
