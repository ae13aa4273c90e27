package org.rasp4j.it;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What each library module publishes, read from the jars this build packaged (the test runs in
 * the verify phase, after them): its classes, -sources and -javadoc jars, each with the license
 * in META-INF and reproducible entry times, and a POM with what Maven Central asks for. A library
 * is every module of the root POM but the applications, so a module added later is checked too.
 */
class PublishedArtifactsTest {
  /** Modules that publish nothing: they set maven.source.skip and maven.javadoc.skip. */
  private static final Set<String> APPLICATIONS =
      Set.of("samples", "benchmarks", "integration-tests");

  /** SHA-256 of the Apache License 2.0 as the ASF publishes it (LICENSE-2.0.txt). */
  private static final String APACHE_2_SHA256 =
      "cfc7749b96f63bd31c3c42b5c471bf756814053e847c10f3eb003417bc523d30";

  private static List<String> libraries() throws IOException {
    Element root = Repository.pom(Repository.root().resolve("pom.xml"));
    Element modules = Repository.children(root, "modules").get(0);
    List<String> libraries =
        Repository.children(modules, "module").stream()
            .map(module -> module.getTextContent().trim())
            .filter(module -> !APPLICATIONS.contains(module))
            .toList();
    assertThat(libraries).containsAtLeast("annotations", "runtime", "processor");
    return libraries;
  }

  private static byte[] license() throws IOException {
    return Files.readAllBytes(Repository.root().resolve("LICENSE"));
  }

  @Test
  void theRootHoldsTheApacheLicense() throws IOException {
    assertThat(sha256(license())).isEqualTo(APACHE_2_SHA256);
  }

  @Test
  void everyLibraryPublishesClassesSourcesAndJavadocWithTheLicense() throws IOException {
    byte[] license = license();
    FileTime timestamp =
        FileTime.from(Instant.parse(Repository.rootProperty("project.build.outputTimestamp")));
    String version = Repository.version();
    for (String module : libraries()) {
      String artifactId = Repository.text(Repository.pom(pomOf(module)), "artifactId");
      for (String classifier : List.of("", "-sources", "-javadoc")) {
        Path jar =
            Repository.root()
                .resolve(module)
                .resolve("target")
                .resolve(artifactId + "-" + version + classifier + ".jar");
        assertWithMessage(
                "%s is built (run mvn verify from the root: this module depends on the libraries,"
                    + " so the reactor packages them first; a new library must be a dependency of"
                    + " integration-tests, directly or through another)",
                jar)
            .that(Files.isRegularFile(jar))
            .isTrue();
        try (JarFile file = new JarFile(jar.toFile())) {
          JarEntry entry = file.getJarEntry("META-INF/LICENSE");
          assertWithMessage("META-INF/LICENSE in %s", jar).that(entry).isNotNull();
          try (InputStream in = file.getInputStream(entry)) {
            assertWithMessage("META-INF/LICENSE in %s", jar)
                .that(in.readAllBytes())
                .isEqualTo(license);
          }
          // Reproducible: every entry carries project.build.outputTimestamp, not the build's time.
          List<String> otherTimes =
              file.stream()
                  .filter(e -> !e.getLastModifiedTime().equals(timestamp))
                  .map(e -> e.getName() + " " + e.getLastModifiedTime())
                  .toList();
          assertWithMessage("entries of %s not at %s", jar, timestamp).that(otherTimes).isEmpty();
        }
      }
    }
  }

  @Test
  void theParentPomSaysWhatCentralAsksFor() throws IOException {
    Element parent = Repository.pom(Repository.root().resolve("pom.xml"));
    assertThat(Repository.text(parent, "name")).isNotEmpty();
    assertThat(Repository.text(parent, "description")).isNotEmpty();
    assertThat(Repository.text(parent, "url")).startsWith("https://");
    assertThat(Repository.text(parent, "licenses", "license", "name")).isEqualTo("Apache-2.0");
    assertThat(Repository.text(parent, "licenses", "license", "url"))
        .isEqualTo("https://www.apache.org/licenses/LICENSE-2.0.txt");
    assertThat(Repository.text(parent, "developers", "developer", "name")).isNotEmpty();
    assertThat(Repository.text(parent, "scm", "connection")).startsWith("scm:git:");
    assertThat(Repository.text(parent, "scm", "developerConnection")).startsWith("scm:git:");
    assertThat(Repository.text(parent, "scm", "url")).startsWith("https://");
    // The project's addresses, not one per module: Maven would append the artifactId otherwise.
    assertThat(parent.getAttribute("child.project.url.inherit.append.path")).isEqualTo("false");
    Element scm = Repository.children(parent, "scm").get(0);
    for (String attribute : List.of("connection", "developerConnection", "url")) {
      assertThat(scm.getAttribute("child.scm." + attribute + ".inherit.append.path"))
          .isEqualTo("false");
    }
  }

  @Test
  void everyLibraryPomNamesAndDescribesItselfAndInheritsTheRest() throws IOException {
    for (String module : libraries()) {
      Element pom = Repository.pom(pomOf(module));
      assertWithMessage("name of %s", module).that(Repository.text(pom, "name")).isNotEmpty();
      assertWithMessage("description of %s", module)
          .that(Repository.text(pom, "description"))
          .isNotEmpty();
      assertWithMessage("parent of %s", module)
          .that(Repository.text(pom, "parent", "artifactId"))
          .isEqualTo("rasp4j-parent");
      // What the parent says for all must not be replaced by a module's partial copy.
      for (String inherited : List.of("url", "licenses", "developers", "scm")) {
        assertWithMessage("%s of %s (inherited from the parent)", inherited, module)
            .that(Repository.children(pom, inherited))
            .isEmpty();
      }
    }
  }

  @Test
  void theProcessorJarRegistersItsProcessor() throws IOException {
    Path jar =
        Repository.root()
            .resolve("processor/target/rasp4j-processor-" + Repository.version() + ".jar");
    try (JarFile file = new JarFile(jar.toFile())) {
      JarEntry services =
          file.getJarEntry("META-INF/services/javax.annotation.processing.Processor");
      assertWithMessage("the processor's service entry in %s", jar).that(services).isNotNull();
      try (InputStream in = file.getInputStream(services)) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim())
            .isEqualTo("org.rasp4j.processor.RaspProcessor");
      }
      // Not for Gradle's incremental processing (README, "Incremental builds"): Gradle would wrap
      // the environment the processor needs javac's Tree API from, and would hand it unchanged
      // programs as class files, without the bodies it compiles.
      assertWithMessage("a Gradle incremental-processing registration in %s", jar)
          .that(file.getJarEntry("META-INF/gradle/incremental.annotation.processors"))
          .isNull();
    }
  }

  private static Path pomOf(String module) {
    return Repository.root().resolve(module).resolve("pom.xml");
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
