package org.rasp4j.samples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code list [CLASS]}: one line per sample program, or per {@code @RaspProgram} method of CLASS:
 * its name, token type(s), attention layers and heads per layer (merged), and what runs it, in
 * columns. The counts are the generated evaluator's when there is one, else the analysis's (the
 * same numbers).
 */
@Command(
    name = "list",
    header = "every sample program, or CLASS's: token types, layers, heads per layer, evaluator",
    description =
        "The evaluator is 'generated', the class rasp4j's processor wrote for the program, or"
            + " 'interpreter' for a program whose build did not run the processor.")
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @ParentCommand Rasp4jCommand top;

  @Parameters(
      arity = "0..1",
      paramLabel = "CLASS",
      description = "a class of yours: its programs, named CLASS#METHOD as 'run' takes them")
  String className;

  @Override
  public Integer call() {
    if (className == null) {
      print(Catalog.all(), Program::name);
    } else {
      print(Programs.inClass(className, top.programs), Programs::qualifiedName);
    }
    return 0;
  }

  private void print(List<Program> programs, Function<Program, String> name) {
    PrintWriter out = spec.commandLine().getOut();
    int nameWidth = programs.stream().mapToInt(p -> name.apply(p).length()).max().orElse(0);
    int typeWidth = programs.stream().mapToInt(p -> tokenTypes(p).length()).max().orElse(0);
    List<Evaluator> evaluators = programs.stream().map(Evaluator::of).toList();
    List<String> counts =
        evaluators.stream()
            .map(Evaluator::counts)
            .map(c -> "layers=" + c.attentionLayers() + "  heads=" + c.headsPerLayer())
            .toList();
    int countsWidth = counts.stream().mapToInt(String::length).max().orElse(0);
    for (int i = 0; i < programs.size(); i++) {
      out.println(
          pad(name.apply(programs.get(i)), nameWidth)
              + "  "
              + pad(tokenTypes(programs.get(i)), typeWidth)
              + "  "
              + pad(counts.get(i), countsWidth)
              + "  evaluator="
              + evaluators.get(i).name());
    }
  }

  /** "char", "int", or "char|int" for a program written for both. */
  static String tokenTypes(Program program) {
    return String.join("|", program.tokenTypes().stream().map(Object::toString).toList());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
