package org.rasp4j.samples.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real browser for the picture tests: the machine's Chromium, run headless once per page with a
 * fresh profile, under a time limit, and killed (with its child processes) afterwards.
 */
final class HeadlessChromium {
  /** How long one page may take: a cold start on a busy build machine takes a few seconds. */
  static final long TIMEOUT_SECONDS = 120;

  private static final List<String> NAMES = List.of("chromium", "chromium-browser");
  private static final Path DEBIAN = Path.of("/usr/bin/chromium");

  /** Where {@link #find} looks, for the message of a test that found nothing. */
  static final String LOOKED_FOR =
      "looked for " + String.join(", ", NAMES) + " on PATH and " + DEBIAN;

  /**
   * Without the networking flags Chromium tries to reach Google at start (update checks, sync)
   * and this machine's closed network refuses each try; running as root needs --no-sandbox.
   */
  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--hide-scrollbars",
          "--force-device-scale-factor=1");

  private final Path executable;
  private final Path workDirectory;

  HeadlessChromium(Path executable, Path workDirectory) {
    this.executable = executable;
    this.workDirectory = workDirectory;
  }

  /**
   * The browser on this machine, keeping its profiles and logs in {@code workDirectory}; empty
   * when there is none ({@link #LOOKED_FOR} says where it was looked for).
   */
  static Optional<HeadlessChromium> find(Path workDirectory) {
    return executable(System.getenv("PATH"), DEBIAN)
        .map(executable -> new HeadlessChromium(executable, workDirectory));
  }

  /** The first of {@link #NAMES} on {@code path}, else {@code fallback} if it is executable. */
  static Optional<Path> executable(String path, Path fallback) {
    return onPath(path)
        .or(() -> Files.isExecutable(fallback) ? Optional.of(fallback) : Optional.empty());
  }

  private static Optional<Path> onPath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String name : NAMES) {
      for (String directory : path.split(File.pathSeparator)) {
        if (directory.isEmpty()) {
          continue;
        }
        Path candidate = Path.of(directory, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** Renders {@code page} in a {@code width}×{@code height} window and saves it as a PNG. */
  void screenshot(Path page, int width, int height, Path png) throws IOException {
    run(
        "screenshot",
        page,
        List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height));
    if (!Files.isRegularFile(png)) {
      throw new AssertionError("Chromium wrote no screenshot " + png + "; " + log("screenshot"));
    }
  }

  /** The page's DOM after its scripts ran, as Chromium serialises it. */
  String dumpDom(Path page) throws IOException {
    Path dom = run("dump-dom", page, List.of("--dump-dom"));
    return Files.readString(dom, StandardCharsets.UTF_8);
  }

  /** Runs Chromium on {@code page}; answers the file holding what it printed on stdout. */
  private Path run(String task, Path page, List<String> taskFlags) throws IOException {
    Path profile = Files.createTempDirectory(workDirectory, task + "-profile-");
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(FLAGS);
    command.add("--user-data-dir=" + profile.toAbsolutePath());
    command.addAll(taskFlags);
    command.add(page.toAbsolutePath().toUri().toString());
    Path stdout = workDirectory.resolve(task + ".out");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(workDirectory.resolve(task + ".log").toFile())
            .start();
    try {
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new AssertionError(
            "Chromium took more than " + TIMEOUT_SECONDS + " s on " + page + "; " + log(task));
      }
      if (process.exitValue() != 0) {
        throw new AssertionError(
            "Chromium exited with " + process.exitValue() + " on " + page + "; " + log(task));
      }
      return stdout;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while Chromium rendered " + page, e);
    } finally {
      // The renderer and GPU processes outlive a killed browser process unless killed too.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }
  }

  /** The end of Chromium's log, for failure messages. */
  private String log(String task) throws IOException {
    Path log = workDirectory.resolve(task + ".log");
    if (!Files.exists(log)) {
      return "no log";
    }
    String text = Files.readString(log, StandardCharsets.UTF_8);
    return "its log ends: " + text.substring(Math.max(0, text.length() - 2000));
  }
}
