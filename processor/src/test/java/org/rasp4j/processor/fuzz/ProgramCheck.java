package org.rasp4j.processor.fuzz;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.rasp4j.Program;
import org.rasp4j.Rasp;
import org.rasp4j.Sop;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;

/**
 * One compiled program against the interpreter: its generated layer and head counts against the
 * {@link Schedule} of the program the interpreter builds, and its generated evaluator against the
 * interpreter on random inputs (values, or exception class and message).
 */
final class ProgramCheck {
  private ProgramCheck() {}

  /** A disagreement: what was run, what the interpreter gave, what the generated code gave. */
  record Disagreement(FuzzProgram program, String what, String expected, String actual) {
    String report() {
      return "program seed " + program.seed() + " (" + program.method() + ", class "
          + program.className() + "): " + what + "\n  interpreter: " + expected
          + "\n  generated:   " + actual + "\n" + program.source();
    }
  }

  /** Counts of what the runs gave, for the summary. */
  static final class Tally {
    int values;
    int errors;
  }

  static List<Disagreement> check(
      FuzzProgram program, ClassLoader classes, String userClass, int inputs, Tally tally)
      throws ReflectiveOperationException {
    List<Disagreement> found = new ArrayList<>();
    Class<?> user = classes.loadClass(userClass);
    Method source = null;
    for (Method m : user.getMethods()) {
      if (m.getName().equals(program.method())) {
        source = m;
      }
    }
    Class<?> generated = classes.loadClass(Batch.PACKAGE + "." + program.className());
    ElementType type = program.charTokens() ? ElementType.CHAR : ElementType.INT;
    Sop<?> input = program.charTokens() ? Rasp.tokens(Rasp.CHAR) : Rasp.tokens(Rasp.INT);
    Sop<?> built = (Sop<?>) source.invoke(null, input);
    // A causal program runs its masked graph, as Program.build gives it.
    Sop<?> sop = program.causal() ? built.causal() : built;
    Program checked = program.vocabulary().isEmpty() ? null : Program.of(source);

    Schedule schedule = Schedule.of(sop.node());
    compare(found, program, "ATTENTION_LAYERS", schedule.attentionLayers(),
        generated.getField("ATTENTION_LAYERS").get(null));
    compare(found, program, "headsPerLayer()", schedule.headsPerLayer(),
        boxed((int[]) generated.getMethod("headsPerLayer").invoke(null)));
    compare(found, program, "raspyHeadsPerLayer()", schedule.objectHeadsPerLayer(),
        boxed((int[]) generated.getMethod("raspyHeadsPerLayer").invoke(null)));

    SplittableRandom random = new SplittableRandom(program.seed() ^ 0x5DEECE66DL);
    for (int i = 0; i < inputs && found.size() < 3; i++) {
      Outcome expected;
      Outcome actual;
      String shown;
      List<Object> tokens = new ArrayList<>();
      if (program.charTokens()) {
        String text = FuzzInputs.chars(random);
        text.chars().forEach(c -> tokens.add((char) c));
        shown = "evaluate(\"" + escape(text) + "\")";
        expected = Outcome.of(() -> checked == null ? sop.eval(text) : checked.run(Input.of(text)));
        Method evaluate = generated.getMethod("evaluate", String.class);
        actual = Outcome.of(() -> evaluate.invoke(null, text));
        Method evaluateChars = generated.getMethod("evaluate", char[].class);
        Outcome fromChars = Outcome.of(() -> evaluateChars.invoke(null, (Object) text.toCharArray()));
        if (!fromChars.equals(actual)) {
          found.add(new Disagreement(program, "evaluate(char[]) vs evaluate(String) on \""
              + escape(text) + "\"", actual.toString(), fromChars.toString()));
        }
      } else {
        int[] values = FuzzInputs.ints(random);
        Arrays.stream(values).forEach(tokens::add);
        shown = "evaluate(new int[] " + Arrays.toString(values).replace('[', '{').replace(']', '}')
            + ")";
        List<Integer> ints = Arrays.stream(values).boxed().toList();
        expected = Outcome.of(() -> sop.eval(Input.of(type, ints)));
        Method evaluate = generated.getMethod("evaluate", int[].class);
        actual = Outcome.of(() -> evaluate.invoke(null, (Object) values.clone()));
      }
      if (expected.thrown() == null) {
        tally.values++;
      } else {
        tally.errors++;
      }
      if (!expected.equals(actual)) {
        found.add(new Disagreement(program, shown, expected.toString(), actual.toString()));
      }
      if (program.causal() && i < DECODED_INPUTS) {
        decode(found, program, generated, tokens, sop, checked);
      }
    }
    return found;
  }

  /** Inputs per causal program whose every prefix is checked against the decoder. */
  private static final int DECODED_INPUTS = 10;

  /**
   * Appends the input token by token to a new decoder: each append gives the interpreter's last
   * value on that prefix, or throws its exception; the first failure ends the input.
   */
  private static void decode(List<Disagreement> found, FuzzProgram program, Class<?> generated,
      List<Object> tokens, Sop<?> sop, Program checked) throws ReflectiveOperationException {
    Object decoder = generated.getMethod("decoder").invoke(null);
    Method append = decoder.getClass().getMethod(
        "append", program.charTokens() ? char.class : int.class);
    for (int length = 1; length <= tokens.size(); length++) {
      List<Object> prefix = tokens.subList(0, length);
      Input input;
      if (program.charTokens()) {
        StringBuilder text = new StringBuilder();
        prefix.forEach(text::append);
        input = Input.of(text.toString());
      } else {
        input = Input.of(prefix.stream().mapToInt(t -> (Integer) t).toArray());
      }
      Outcome all = Outcome.of(() -> checked == null ? sop.eval(input) : checked.run(input));
      Outcome expected = all.thrown() == null
          ? new Outcome(List.of(all.values().get(length - 1)), null, null)
          : all;
      Object token = prefix.get(length - 1);
      Outcome actual = Outcome.of(() -> List.of(append.invoke(decoder, token)));
      if (!expected.equals(actual)) {
        found.add(new Disagreement(program, "decoder().append(...) on prefix " + prefix,
            expected.toString(), actual.toString()));
        return;
      }
      if (expected.thrown() != null) {
        return;
      }
    }
  }

  private static void compare(
      List<Disagreement> found, FuzzProgram program, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      found.add(new Disagreement(program, what, String.valueOf(expected), String.valueOf(actual)));
    }
  }

  private static List<Integer> boxed(int[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? String.valueOf(c)
          : String.format("\\u%04x", (int) c));
    }
    return out.toString();
  }
}
