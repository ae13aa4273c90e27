package org.rasp4j.samples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasp4j.picture.Pictures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code draw PROGRAM INPUT [--out FILE]}: the run as an SVG picture (the blog's way of drawing a
 * trace), written to FILE, by default {@code PROGRAM.svg}; prints the file's path as given.
 */
@Command(
    name = "draw",
    header = "the run as an SVG picture, written to a file; prints the file's path")
final class DrawCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @ParentCommand Rasp4jCommand top;

  @Mixin ProgramInput arguments;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "the picture's file (default: PROGRAM.svg in the working directory)")
  String out;

  @Override
  public Integer call() {
    Path file = out == null ? null : OutputFiles.name("draw", "--out", out);
    Invocation call = arguments.resolve(top.programs);
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
    spec.commandLine().getOut().println(file);
    return 0;
  }

  private void write(Path file, String svg) {
    Path target = OutputFiles.target(top.workingDirectory, file);
    try {
      Files.writeString(target, svg, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw OutputFiles.cannotWrite(file, e);
    }
  }
}
