package org.rasp4j.samples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.picture.Pictures;

/**
 * {@code draw PROGRAM INPUT [--out FILE]}: the run as an SVG picture (the blog's way of drawing a
 * trace), written to FILE, by default {@code PROGRAM.svg}; prints the file's path as given.
 */
final class DrawCommand implements Command {
  static final String OUT = "--out";

  /** What a relative FILE is resolved against: the process's working directory, or a test's. */
  private final Path workingDirectory;

  DrawCommand(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public void execute(List<String> arguments, PrintStream out) {
    List<String> rest = new ArrayList<>(arguments);
    Path file = outOption(rest);
    Invocation call = Invocation.parse("draw", rest);
    if (file == null) {
      file = Path.of(call.program().name() + ".svg");
    }
    // Checked here, not left to the picture's IllegalArgumentException: too long an input is the
    // user's mistake, which the command line reports as such, not as an internal error.
    if (call.input().length() > Pictures.MAX_TOKENS) {
      throw new CliException(
          "the input is too long to draw ("
              + call.input().length()
              + " tokens, at most "
              + Pictures.MAX_TOKENS
              + "); 'trace' shows it as text");
    }
    String svg = Pictures.of(call.program().trace(call.input()));
    write(file, svg);
    out.println(file);
  }

  /** Removes {@code --out FILE} from {@code arguments}; the FILE, or null when not given. */
  private static Path outOption(List<String> arguments) {
    int at = arguments.indexOf(OUT);
    if (at < 0) {
      return null;
    }
    if (at == arguments.size() - 1) {
      throw new CliException("draw: " + OUT + " needs a file name");
    }
    String name = arguments.get(at + 1);
    arguments.subList(at, at + 2).clear();
    if (arguments.contains(OUT)) {
      throw new CliException("draw: " + OUT + " is given twice");
    }
    if (name.isBlank()) {
      throw new CliException("draw: " + OUT + " needs a file name");
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new CliException("draw: " + OUT + " " + name + " is not a file name: " + e.getReason());
    }
  }

  private void write(Path file, String svg) {
    Path target = workingDirectory.resolve(file);
    Path directory = target.toAbsolutePath().getParent();
    if (directory != null && !Files.isDirectory(directory)) {
      throw new CliException("cannot write " + file + ": no directory " + directory);
    }
    try {
      Files.writeString(target, svg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("cannot write " + file + ": " + e);
    }
  }
}
