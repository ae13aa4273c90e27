package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * The browser tests' policy: a machine without Chromium skips them and says how to run them, CI
 * ({@code -Drasp4j.browser=required}) fails instead.
 */
class BrowserRequirementTest {
  @TempDir Path dir;

  @Test
  void theBuildChoosesByProperty() {
    assertThat(BrowserRequirement.parse(null)).isEqualTo(BrowserRequirement.OPTIONAL);
    assertThat(BrowserRequirement.parse("")).isEqualTo(BrowserRequirement.OPTIONAL);
    assertThat(BrowserRequirement.parse("optional")).isEqualTo(BrowserRequirement.OPTIONAL);
    assertThat(BrowserRequirement.parse("required")).isEqualTo(BrowserRequirement.REQUIRED);
    IllegalArgumentException typo =
        assertThrows(IllegalArgumentException.class, () -> BrowserRequirement.parse("requried"));
    assertThat(typo).hasMessageThat().contains("-Drasp4j.browser=requried");
  }

  @Test
  void withoutABrowserTheTestIsSkippedWithHowToRunIt() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    TestAbortedException skipped =
        assertThrows(
            TestAbortedException.class,
            () ->
                BrowserRequirement.OPTIONAL.orSkip(
                    Optional.empty(), "BrowserRenderTest", printing(console)));
    assertThat(skipped).hasMessageThat().startsWith("BrowserRenderTest did not run: no Chromium");
    assertThat(skipped).hasMessageThat().contains("apt-get install -y chromium");
    assertThat(skipped).hasMessageThat().contains("-Drasp4j.browser=required");
    // Maven's summary shows only a count of skipped tests: the reason is printed as well.
    assertThat(console.toString(UTF_8)).isEqualTo("[WARNING] " + skipped.getMessage() + "\n");
  }

  @Test
  void withoutABrowserARequiredTestFails() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    AssertionError failed =
        assertThrows(
            AssertionError.class,
            () ->
                BrowserRequirement.REQUIRED.orSkip(
                    Optional.empty(), "BrowserRenderTest", printing(console)));
    assertThat(failed).isNotInstanceOf(TestAbortedException.class);
    assertThat(failed).hasMessageThat().contains("BrowserRenderTest needs a browser");
    assertThat(failed).hasMessageThat().contains("apt-get install -y chromium");
    assertThat(console.size()).isEqualTo(0);
  }

  @Test
  void aBrowserFoundIsUsedEitherWay() {
    HeadlessChromium browser = new HeadlessChromium(dir.resolve("chromium"), dir);
    for (BrowserRequirement requirement : BrowserRequirement.values()) {
      ByteArrayOutputStream console = new ByteArrayOutputStream();
      assertThat(requirement.orSkip(Optional.of(browser), "T", printing(console)))
          .isSameInstanceAs(browser);
      assertThat(console.size()).isEqualTo(0);
    }
  }

  @Test
  void chromiumIsLookedForOnThePathThenAtDebiansPlace() throws IOException {
    Path onPath = executable(dir.resolve("bin/chromium-browser"));
    Path fallback = executable(dir.resolve("usr/bin/chromium"));
    Path absent = dir.resolve("nowhere/chromium");
    String path = dir.resolve("empty") + File.pathSeparator + onPath.getParent();

    assertThat(HeadlessChromium.executable(path, fallback)).hasValue(onPath);
    assertThat(HeadlessChromium.executable(dir.resolve("empty").toString(), fallback))
        .hasValue(fallback);
    assertThat(HeadlessChromium.executable(null, fallback)).hasValue(fallback);
    assertThat(HeadlessChromium.executable(dir.resolve("empty").toString(), absent)).isEmpty();
  }

  private static PrintStream printing(ByteArrayOutputStream bytes) {
    return new PrintStream(bytes, true, UTF_8);
  }

  private static Path executable(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }
}
