package org.rasp4j.samples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rasp4j.picture.DrawingLimit;

/**
 * {@code draw PROGRAM INPUT [--out FILE]}: the run as an SVG picture (the blog's way of drawing a
 * trace), written to FILE, by default {@code PROGRAM.svg}; prints the file's path as given.
 */
final class DrawCommand implements Command {

  /** What a relative FILE is resolved against: the process's working directory, or a test's. */
  private final Path workingDirectory;

  DrawCommand(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public void execute(List<String> arguments, PrintStream out) {
    List<String> rest = new ArrayList<>(arguments);
    Path file = OutOption.take("draw", "a file name", rest);
    Invocation call = Invocation.parse("draw", rest);
    if (file == null) {
      file = Path.of(call.program().name() + ".svg");
    }
    // Checked here, not left to the picture's IllegalArgumentException: too long an input is the
    // user's mistake, which the command line reports as such, not as an internal error.
    if (call.input().length() > DrawingLimit.MAX_TOKENS) {
      throw new CliException(
          "the input is too long to draw ("
              + call.input().length()
              + " tokens, at most "
              + DrawingLimit.MAX_TOKENS
              + "); 'trace' shows it as text");
    }
    String svg = call.program().trace(call.input()).toSvg();
    write(file, svg);
    out.println(file);
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
