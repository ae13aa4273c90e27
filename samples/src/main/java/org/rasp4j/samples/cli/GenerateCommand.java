package org.rasp4j.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.concurrent.Callable;
import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code generate PROGRAM PROMPT --steps N [--stop T]}: autoregressive generation with a causal
 * program whose output type is its token type. The output at the last position is the next token;
 * it is appended and the program runs again, until N tokens are generated or the stop token is.
 */
@Command(
    name = "generate",
    header = "a causal program's tokens, one at a time, after PROMPT: one line of JSON",
    description = {
      "A causal program (@RaspProgram(causal = true)) whose output has its tokens' type writes a"
          + " token at a time: its output at the last position is appended to the sequence, and"
          + " it runs again, up to --steps tokens or until it writes the --stop token (which is"
          + " kept). Prints program, prompt, generated and evaluator."
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @ParentCommand Rasp4jCommand top;

  @Parameters(
      index = "0",
      paramLabel = "PROGRAM",
      description = "a causal sample's name (reverse_by_generation), or CLASS#METHOD")
  String program;

  @Parameters(
      index = "1",
      paramLabel = "PROMPT",
      description = "the tokens to start from, as run's INPUT: \"abc>\", [1,2,3] or a bare word")
  String prompt;

  @Option(names = "--steps", paramLabel = "N", required = true,
      description = "the most tokens to generate")
  int steps;

  @Option(names = "--stop", paramLabel = "T",
      description = "the token that ends the generation (a character, or an int)")
  String stop;

  @Override
  public Integer call() {
    Program found = Programs.find(program, top.programs);
    if (!found.causal()) {
      throw new CliException("generate: " + found.name() + " is not causal; generation needs a"
          + " program marked @RaspProgram(causal = true), whose output at a position depends on"
          + " the tokens up to it alone");
    }
    if (steps < 0) {
      throw new CliException("generate: --steps is at least 0, not " + steps);
    }
    Input start = JsonInput.parse(prompt);
    if (start.length() == 0) {
      throw new CliException("generate: the prompt is empty; give at least one token");
    }
    Object stopToken = stop == null ? null : token(stop, start);
    Evaluator evaluator = Evaluator.of(found);
    found.check(start);
    // The generated decoder when there is one: each step computes one new position. Else the
    // evaluator (the interpreter, for a program built without rasp4j's processor) runs again on
    // the whole sequence at every step, with the same tokens.
    Optional<UnaryOperator<Object>> decoder = evaluator instanceof Evaluator.Generated generated
        ? generated.compiled().decoder(start.type()) : Optional.empty();
    Object last = null;
    if (decoder.isPresent() && steps > 0) {
      for (Object token : start.tokens()) {
        last = decoder.get().apply(token);
      }
    }
    List<Object> tokens = new ArrayList<>(start.tokens());
    List<Object> generated = new ArrayList<>();
    for (int step = 0; step < steps; step++) {
      Object next;
      if (decoder.isPresent()) {
        next = step == 0 ? last : decoder.get().apply(tokens.get(tokens.size() - 1));
      } else {
        List<?> output = evaluator.run(Input.of(start.type(), tokens));
        next = output.get(output.size() - 1);
      }
      if (!start.type().boxed().isInstance(next)) {
        throw new CliException("generate: " + found.name() + " outputs "
            + org.rasp4j.ir.ElementType.of(next) + " values, not " + start.type() + " tokens;"
            + " its output cannot be fed back");
      }
      tokens.add(next);
      generated.add(next);
      if (next.equals(stopToken)) {
        break;
      }
    }
    ObjectNode line = JsonOutput.objectNode();
    line.put("program", found.name());
    line.set("prompt", JsonOutput.inputNode(start));
    line.set("generated", JsonOutput.inputNode(Input.of(start.type(), generated)));
    line.put("evaluator", evaluator.name());
    spec.commandLine().getOut().println(JsonOutput.write(line));
    return 0;
  }

  private static Object token(String text, Input prompt) {
    return switch (prompt.type()) {
      case CHAR -> {
        if (text.length() != 1) {
          throw new CliException("generate: --stop is one character, not '" + text + "'");
        }
        yield text.charAt(0);
      }
      case INT -> {
        try {
          yield Integer.parseInt(text);
        } catch (NumberFormatException e) {
          throw new CliException("generate: --stop is an int token here, not '" + text + "'");
        }
      }
      default -> throw new CliException("generate: " + prompt.type() + " prompts have no stop");
    };
  }
}
