package org.rasp4j.samples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One command line run through {@link Main#run}, with what it printed and its exit status. */
record CommandLine(int status, String out, String err) {

  /**
   * Where the files of {@link #run} go ({@code draw}'s pictures, the tour's gallery): a directory
   * under Maven's {@code target/}, not the module directory the tests run in.
   */
  static final Path SCRATCH = Path.of("target", "cli-working-directory");

  /** Runs {@code args} with {@link #SCRATCH} as the working directory. */
  static CommandLine run(String... args) {
    try {
      Files.createDirectories(SCRATCH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return runIn(SCRATCH, args);
  }

  /** Runs {@code args}, a user's program classes loaded by {@code programs}. */
  static CommandLine runWith(ClassLoader programs, String... args) {
    run(); // creates SCRATCH
    return runIn(SCRATCH, programs, args);
  }

  /** Runs {@code args} with relative output paths resolved against {@code workingDirectory}. */
  static CommandLine runIn(Path workingDirectory, String... args) {
    return runIn(workingDirectory, Main.class.getClassLoader(), args);
  }

  private static CommandLine runIn(Path workingDirectory, ClassLoader programs, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            workingDirectory,
            programs);
    return new CommandLine(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
