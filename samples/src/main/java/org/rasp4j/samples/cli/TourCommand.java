package org.rasp4j.samples.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rasp4j.Program;
import org.rasp4j.RaspException;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.interpreter.Input;
import org.rasp4j.samples.Catalog;

/**
 * {@code tour}: every sample program on its example input, grouped by where it comes from (the
 * blog, the RASP paper, tracr), with its layers and heads. A program that fails on its example is
 * shown with the error, and the tour then ends as an error. Last, it writes every program's
 * pictures to one page ({@link TourGallery}), in {@code --out DIR} or {@link
 * TourGallery#DIRECTORY}, and prints where.
 */
final class TourCommand implements Command {
  /** What the gallery's path is relative to: the process's working directory, or a test's. */
  private final Path workingDirectory;

  TourCommand(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  @Override
  public void execute(List<String> arguments, PrintStream out) {
    List<String> rest = new ArrayList<>(arguments);
    Path directory = OutOption.take("tour", "a directory name", rest);
    Command.requireNoArguments("tour", rest);
    List<String> failed = new ArrayList<>();
    Class<?> group = null;
    for (Program program : Catalog.all()) {
      Class<?> source = program.method().getDeclaringClass();
      if (source != group) {
        String name = source.getSimpleName().toLowerCase(Locale.ROOT);
        out.printf("%s== %s (%s) ==%n", group == null ? "" : "\n", name, source.getName());
        group = source;
      }
      Schedule schedule = program.schedule();
      out.printf(
          "%s  layers=%d  heads=%s%n",
          program.name(), schedule.attentionLayers(), schedule.headsPerLayer());
      Input input = ExampleInputs.of(program);
      String result;
      try {
        result = JsonOutput.array(program.run(input));
      } catch (RaspException e) {
        result = "error: " + e.getMessage();
        failed.add(program.name());
      }
      out.printf("    %s -> %s%n", JsonOutput.input(input), result);
    }
    out.println("\ngallery: " + TourGallery.write(Catalog.all(), workingDirectory,
        directory == null ? TourGallery.DIRECTORY : directory));
    if (!failed.isEmpty()) {
      throw new CliException(
          "tour: "
              + failed.size()
              + " program(s) failed on their example input: "
              + String.join(", ", failed));
    }
  }
}
