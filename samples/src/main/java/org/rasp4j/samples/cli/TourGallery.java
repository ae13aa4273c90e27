package org.rasp4j.samples.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.rasp4j.Program;
import org.rasp4j.RaspException;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.interpreter.Input;
import org.rasp4j.picture.Gallery;
import org.rasp4j.picture.Pictures;

/**
 * The tour's pictures on one HTML page: each program's run on its example input, then its
 * structure, under headings naming the program.
 */
final class TourGallery {
  /**
   * Where the page goes without {@code --out}, relative to the working directory: a folder of its
   * own, beside whatever else is there.
   */
  static final Path DIRECTORY = Path.of("rasp4j-tour");

  /** The page itself. */
  static final Path PAGE = DIRECTORY.resolve("index.html");

  private TourGallery() {}

  /**
   * The page for {@code programs}. A program that fails on its example input gets its structure
   * only, with the failure as the caption (the tour reports it as an error too).
   */
  static String html(List<Program> programs) {
    Gallery.Builder page = Gallery.builder().title("rasp4j tour: every sample program");
    for (Program program : programs) {
      Input input = ExampleInputs.of(program);
      Schedule schedule = program.schedule();
      String structure = Pictures.structure(schedule);
      String structureTitle = program.name() + ": structure";
      String run;
      try {
        run = Pictures.of(program.trace(input));
      } catch (RaspException e) {
        page.add(structureTitle, "fails on " + JsonOutput.input(input) + ": " + e.getMessage(),
            structure);
        continue;
      }
      page.add(program.name() + " on " + JsonOutput.input(input), caption(program, schedule), run);
      page.add(structureTitle, "the program without input: one band per layer", structure);
    }
    return page.toHtml();
  }

  /** "Blog.add: 6 attention layers, heads per layer [1, 1, 1, 1, 1, 1]". */
  private static String caption(Program program, Schedule schedule) {
    int layers = schedule.attentionLayers();
    return program.method().getDeclaringClass().getSimpleName()
        + "."
        + program.method().getName()
        + ": "
        + layers
        + " attention layer"
        + (layers == 1 ? "" : "s")
        + ", heads per layer "
        + schedule.headsPerLayer();
  }

  /**
   * Writes the page for {@code programs} under {@code workingDirectory} (creating {@link
   * #DIRECTORY} if missing); returns {@link #PAGE}, the path relative to it.
   */
  static Path write(List<Program> programs, Path workingDirectory) {
    return write(programs, workingDirectory, DIRECTORY);
  }

  /**
   * Writes the page for {@code programs} to {@code index.html} in {@code directory} (created if
   * missing), resolved against {@code workingDirectory}; returns the page's path as the directory
   * was given.
   */
  static Path write(List<Program> programs, Path workingDirectory, Path directory) {
    Path relative = directory.resolve(PAGE.getFileName());
    Path page = workingDirectory.resolve(relative);
    try {
      Files.createDirectories(page.getParent());
      Files.writeString(page, html(programs), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("cannot write the tour's gallery " + page + ": " + e);
    }
    return relative;
  }
}
