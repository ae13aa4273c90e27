package org.rasp4j.samples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rasp4j.Program;
import org.rasp4j.RaspException;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.interpreter.Input;
import org.rasp4j.samples.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tour}: every sample program on its example input, grouped by where it comes from (the
 * blog, the RASP paper, tracr), with its layers and heads. A program that fails on its example is
 * shown with the error, and the tour then ends as an error. Last, it writes every program's
 * pictures to one page ({@link TourGallery}) and prints where.
 */
@Command(
    name = "tour",
    header = "every sample program on its example input; all their pictures on one page")
final class TourCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @ParentCommand Rasp4jCommand top;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "where the page, DIR/index.html, goes (default: rasp4j-tour)")
  Path directory = TourGallery.DIRECTORY;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
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
    out.println(
        "\ngallery: " + TourGallery.write(Catalog.all(), top.workingDirectory, directory));
    if (!failed.isEmpty()) {
      throw new CliException(
          "tour: "
              + failed.size()
              + " program(s) failed on their example input: "
              + String.join(", ", failed));
    }
    return 0;
  }
}
