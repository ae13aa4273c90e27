package org.rasp4j.samples.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code help} (and no command at all): the usage. */
final class HelpCommand implements Command {
  static final String USAGE =
      """
      usage: java -jar samples/target/rasp4j-samples.jar COMMAND

        list                 every sample program: token type(s), attention layers, heads per layer
        run PROGRAM INPUT    run a program's generated evaluator; prints one line of JSON
                             (output, layers, heads, ...); --interpreter runs the reference
                             interpreter instead, with identical output
        trace PROGRAM INPUT  every SOp and attention head of a run, layer by layer
        draw PROGRAM INPUT [--out FILE]
                             the run as an SVG picture, written to FILE (default PROGRAM.svg);
                             prints the file's path
        tour [--out DIR]     every sample program on its example input; writes all their
                             pictures to DIR/index.html (default rasp4j-tour/index.html);
                             prints the page's path
        help                 this text

      INPUT is a JSON string ("hello"), a JSON array of ints ([1,2,3]) or a bare word (hello).
      Errors print one line starting with "rasp4j: " on stderr and exit with status 2.
      """;

  @Override
  public void execute(List<String> arguments, PrintStream out) {
    out.print(USAGE);
  }
}
