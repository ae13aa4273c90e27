package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.Library.before;
import static org.rasp4j.Library.selectAll;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.constant;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.select;
import static org.rasp4j.Rasp.tokens;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rasp4j.Library;
import org.rasp4j.Predicate2;
import org.rasp4j.Rasp;
import org.rasp4j.Sop;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.CausalMask;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;
import org.rasp4j.processor.model.ProgramModel;
import org.rasp4j.processor.model.Variant;
import org.rasp4j.processor.scalar.FunctionOrigin;
import org.rasp4j.processor.scalar.Scalar;
import org.rasp4j.processor.scalar.ScalarFunction;

/**
 * A causal program's decoder gives, after each append, the last value of the reference
 * interpreter on the prefix (bit for bit), and throws where the interpreter first throws on a
 * prefix, with the same class and message; each decoder kernel is chosen where it applies (as
 * {@code decoderKernels()} reports). Inputs: every int sequence of length 5 over {-1, 0, 1, 2}
 * (every char sequence of length 5 over "abc"), and seeded random ones up to length 60 with the
 * int extremes (overflowing sums).
 */
class DecoderTest {
  private static final long SEED = Long.getLong("rasp4j.decoder.seed", 20261201L);
  private static final Sop<Integer> INTS = tokens(INT);
  private static final Sop<Character> CHARS = tokens(CHAR);
  /** Doubles with repeats, fractions that round when added, and -0.0 (from 0). */
  private static final Sop<Double> DOUBLES =
      INTS.mod(7).toDouble().div(3.0).times(-1.0).named("doubles");

  /** A compiled causal program: its masked graph for the interpreter, and its class. */
  private record Compiled(SopNode masked, CompiledEvaluator evaluator) {
    Object decoder(String factory) {
      return evaluator.call(factory);
    }
  }

  private static Compiled compile(String name, Sop<?> program) {
    return compile(name, program, Map.of(), Layout.DEFAULT, "", "");
  }

  /**
   * Compiles the masked program; with translations, the class is generated from the lambdas'
   * translations and the interpreter runs the lambdas (see {@link ScalarTwin}).
   */
  private static Compiled compile(String name, Sop<?> program,
      Map<Object, ScalarFunction> translations, Layout layout, String vocabulary, String bos) {
    SopNode masked = CausalMask.apply(program.node());
    SopNode generated = translations.isEmpty() ? masked : ScalarTwin.of(masked, translations);
    ElementType tokenType = tokenType(masked);
    ProgramModel model = new ProgramModel(CompiledEvaluator.PACKAGE, name, "program",
        "test.Programs", List.of(new Variant(tokenType, generated, Schedule.of(generated))),
        vocabulary, bos, true);
    return new Compiled(masked, CompiledEvaluator.compile(model, layout));
  }

  private static ElementType tokenType(SopNode node) {
    for (var each : org.rasp4j.internal.Graph.topological(node)) {
      if (each instanceof org.rasp4j.ir.Tokens tokens) {
        return tokens.type();
      }
    }
    return ElementType.CHAR;
  }

  private static void assertKernels(Compiled compiled, String... kernels) {
    assertWithMessage("decoderKernels()\n%s", compiled.evaluator().source())
        .that(Arrays.asList((String[]) compiled.evaluator().call("decoderKernels")))
        .containsExactlyElementsIn(kernels).inOrder();
  }

  /** The decoder's outcome of one append: its value, or its exception. */
  private static Outcome append(Object decoder, Object token) {
    try {
      Class<?> parameter = token instanceof Character ? char.class : int.class;
      Method append = decoder.getClass().getMethod("append", parameter);
      return Outcome.values(List.of(append.invoke(decoder, token)));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        return Outcome.failure(failure);
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * Appends the tokens one by one to a new decoder and compares each append with the
   * interpreter on that prefix; stops after the first failure (the decoder is then unusable).
   */
  private static void agree(Compiled compiled, List<Object> tokens, String context) {
    Object decoder = compiled.decoder("decoder");
    for (int length = 1; length <= tokens.size(); length++) {
      List<Object> prefix = tokens.subList(0, length);
      Outcome expected = interpreted(compiled.masked(), prefix);
      Outcome actual = append(decoder, prefix.get(length - 1));
      String message = context + ", prefix " + prefix + "\n" + compiled.evaluator().source();
      if (expected.failed()) {
        assertWithMessage(message).that(actual).isEqualTo(expected);
        assertThat(append(decoder, prefix.get(0)).failure())
            .isEqualTo(IllegalStateException.class);
        return;
      }
      assertWithMessage(message).that(actual)
          .isEqualTo(Outcome.values(List.of(expected.values().get(length - 1))));
    }
  }

  private static Outcome interpreted(SopNode program, List<Object> prefix) {
    if (prefix.get(0) instanceof Character) {
      StringBuilder text = new StringBuilder();
      prefix.forEach(text::append);
      return Outcome.interpreted(program, text.toString());
    }
    return Outcome.interpreted(program, prefix.stream().mapToInt(t -> (Integer) t).toArray());
  }

  /** Every int sequence of length 5 over {-1, 0, 1, 2}, then random ones with the extremes. */
  private static void ints(Compiled compiled) {
    int[] domain = {-1, 0, 1, 2};
    for (int code = 0; code < 1 << 10; code++) {
      List<Object> tokens = new ArrayList<>();
      for (int p = 0; p < 5; p++) {
        tokens.add(domain[(code >> (2 * p)) & 3]);
      }
      agree(compiled, tokens, "exhaustive");
    }
    Random random = new Random(SEED);
    for (int input = 0; input < 20; input++) {
      List<Object> tokens = new ArrayList<>();
      int n = 1 + random.nextInt(60);
      boolean extremes = input % 3 == 0;
      for (int p = 0; p < n; p++) {
        tokens.add(extremes && random.nextInt(3) == 0
            ? (random.nextBoolean() ? Integer.MAX_VALUE : Integer.MIN_VALUE)
            : random.nextInt(9) - 4);
      }
      agree(compiled, tokens, "seed " + SEED + " (-Drasp4j.decoder.seed)");
    }
  }

  /** Every sequence of length 5 over "abc", then random ones over "abcz". */
  private static void chars(Compiled compiled) {
    for (int code = 0; code < 243; code++) {
      List<Object> tokens = new ArrayList<>();
      for (int p = 0, rest = code; p < 5; p++, rest /= 3) {
        tokens.add("abc".charAt(rest % 3));
      }
      agree(compiled, tokens, "exhaustive");
    }
    Random random = new Random(SEED);
    for (int input = 0; input < 20; input++) {
      List<Object> tokens = new ArrayList<>();
      int n = 1 + random.nextInt(60);
      for (int p = 0; p < n; p++) {
        tokens.add("abcz".charAt(random.nextInt(4)));
      }
      agree(compiled, tokens, "seed " + SEED + " (-Drasp4j.decoder.seed)");
    }
  }

  @Test
  void prefixSumsKeepRunningSums() {
    Compiled sum = compile("PrefixSum", selectAll().value(INTS));
    assertKernels(sum, "1.1 prefix");
    ints(sum); // the extremes overflow the sum: the error lists the selected positions
    Compiled mean = compile("PrefixMean", selectAll().mean(INTS));
    assertKernels(mean, "1.1 prefix");
    ints(mean);
    Compiled width = compile("PrefixWidth", selectAll().width());
    assertKernels(width, "1.1 prefix");
    chars(width); // no tokens read: a char program
    Compiled doubles = compile("PrefixDoubles", selectAll().value(DOUBLES));
    ints(doubles);
    Compiled doubleMean = compile("PrefixDoubleMean", Library.upToSelf().mean(DOUBLES));
    assertKernels(doubleMean, "1.1 prefix");
    ints(doubleMean);
    Compiled strict = compile("Before", before().value(INTS, -7));
    assertKernels(strict, "1.1 prefix");
    ints(strict);
    Compiled letters = compile("PrefixChars", selectAll().value(CHARS, '_'));
    assertKernels(letters, "1.1 prefix");
    chars(letters); // two letters selected cannot be summed: an error at position 1
  }

  @Test
  void equalityGroupsKeepSumsPerValue() {
    Compiled sum = compile("GroupSum", key(INTS).eq(query(INTS)).value(INTS));
    assertKernels(sum, "1.1 groups");
    ints(sum);
    Compiled mean = compile("GroupMean", key(INTS.mod(2)).eq(query(INTS)).mean(INTS));
    assertKernels(mean, "1.1 groups");
    ints(mean);
    Compiled width = compile("GroupWidth", key(CHARS).eq(query(CHARS)).width());
    assertKernels(width, "1.1 groups");
    chars(width);
    Compiled first = compile("GroupPositions",
        key(CHARS).eq(query(CHARS)).value(indices(), -1).plus(
            key(CHARS.eq('a')).eq(query(CHARS.eq('b'))).width()));
    chars(first);
  }

  @Test
  void positionsReadOneValue() {
    Compiled shift = compile("Shift", Library.shift(1, '_', CHARS));
    assertKernels(shift, "1.1 position");
    chars(shift);
    Compiled index = compile("Index", key(indices()).eq(query(INTS)).value(INTS, 99));
    assertKernels(index, "1.1 position");
    ints(index);
    Compiled mean = compile("IndexMean", key(indices()).eq(query(INTS.plus(1))).mean(INTS));
    ints(mean);
  }

  @Test
  void otherSelectorsScanTheVisibleKeys() {
    Compiled order = compile("Order", key(INTS).lt(query(INTS)).value(INTS));
    assertKernels(order, "1.1 scan");
    ints(order);
    Compiled or = compile("Or",
        key(INTS).eq(query(INTS)).or(key(indices()).eq(query(0))).mean(INTS));
    assertKernels(or, "1.1 scan");
    ints(or);
    // (k, q) -> q / (k - 1) > 0: a division by zero wherever a key is 1, reported at the first
    // query in order, including earlier queries the mask hides the new key from.
    Predicate2<Integer, Integer> ratio = (k, q) -> q / (k - 1) > 0;
    Scalar.Param keyParam = new Scalar.Param(0, "k", ElementType.INT);
    Scalar.Param queryParam = new Scalar.Param(1, "q", ElementType.INT);
    ScalarFunction translated = new ScalarFunction(List.of(keyParam, queryParam),
        new Scalar.Binary(">", new Scalar.Binary("/", queryParam,
            new Scalar.Binary("-", keyParam, new Scalar.Literal(ElementType.INT, 1),
                ElementType.INT), ElementType.INT),
            new Scalar.Literal(ElementType.INT, 0), ElementType.BOOL),
        "select", new FunctionOrigin.Lambda("DecoderTest", 0));
    Compiled failing = compile("Ratio", select(INTS, INTS, ratio).value(INTS),
        Map.of(ratio, translated), Layout.DEFAULT, "", "");
    assertKernels(failing, "1.1 scan");
    ints(failing);
  }

  @Test
  void mapErrorsAndLayersAgree() {
    // 12 / token: a division by zero at the first 0, in an MLP before the head.
    Compiled divide = compile("Divide", selectAll().value(constant(12).div(INTS)));
    ints(divide);
    Sop<Integer> counts = key(INTS).eq(query(INTS)).width().named("counts");
    Sop<Integer> program = key(indices()).eq(query(indices().minus(counts))).value(
        selectAll().value(counts.times(INTS)), -1);
    Compiled layers = compile("Layers", program);
    assertKernels(layers, "1.1 groups", "2.1 prefix", "3.1 position");
    ints(layers);
    // Every step its own method: the same values and errors.
    Compiled split = compile("LayersSplit", program, Map.of(), Layout.SPLIT_EVERYTHING, "", "");
    ints(split);
  }

  @Test
  void namesOfTheProgramDoNotClashWithTheDecoders() {
    // SOps named as the decoder's parameter and locals, in a class named as the decoder.
    Sop<Integer> program = selectAll().value(INTS.plus(1).named("token")).named("capacity")
        .plus(key(INTS).eq(query(INTS)).width().named("length"));
    Compiled compiled = compile("Decoder", program);
    ints(compiled);
  }

  @Test
  void tokenChecksRefuseATokenAndLeaveTheDecoderUnchanged() {
    Compiled compiled = compile("Checked", selectAll().value(CHARS.eq('a').toInt()), Map.of(),
        Layout.DEFAULT, "ab", "^");
    Object decoder = compiled.decoder("decoder");
    Outcome missingBos = append(decoder, 'a');
    assertThat(missingBos).isEqualTo(compiled.evaluator().run("a"));
    assertThat(append(decoder, '^')).isEqualTo(Outcome.values(List.of(0)));
    assertThat(append(decoder, 'z')).isEqualTo(compiled.evaluator().run("^z"));
    assertThat(append(decoder, '^')).isEqualTo(compiled.evaluator().run("^^"));
    assertThat(append(decoder, 'a')).isEqualTo(Outcome.values(List.of(1)));
    assertThat(append(decoder, 'a')).isEqualTo(Outcome.values(List.of(2)));
    assertThat(missingBos.failed()).isTrue();
  }

  /** The sample's program: the prompt reversed, one token per step, then '.'. */
  private static Sop<Character> reverseByGeneration() {
    Sop<Boolean> answering = selectAll().value(CHARS.eq('>').toInt()).gt(0);
    Sop<Integer> promptLength = selectAll().value(answering.not().toInt());
    Sop<Integer> source = promptLength.times(2).minus(1).minus(indices());
    Sop<Character> next = key(indices()).eq(query(source)).value(CHARS, '.');
    return Rasp.where(answering, next, '_');
  }

  @Test
  void generateFeedsTheOutputBack() throws ReflectiveOperationException {
    Compiled compiled = compile("Reverse", reverseByGeneration(), Map.of(), Layout.DEFAULT,
        "abcdefghijklmnopqrstuvwxyz>.", "");
    chars(compiled);
    Method generate = compiled.evaluator().type()
        .getMethod("generate", String.class, int.class, char.class);
    // "abc>": the '>' is at 3, so the prompt's length is 3 and position i reads 5 - i.
    assertThat(generate.invoke(null, "abc>", 10, '.')).isEqualTo("cba.");
    assertThat(generate.invoke(null, "abc>", 2, '.')).isEqualTo("cb");
    assertThat(generate.invoke(null, "abc>", 0, '.')).isEqualTo("");
    assertThat(generate.invoke(null, "ab>", 10, 'a')).isEqualTo("ba");
    // Before the '>', the output is '_', which the vocabulary refuses when it is fed back.
    InvocationTargetException refused = assertThrows(InvocationTargetException.class,
        () -> generate.invoke(null, "ab", 3, '.'));
    assertThat(refused.getCause().getMessage())
        .isEqualTo(Outcome.failure((RuntimeException) refused.getCause()).message());
    assertThat(refused.getCause().getMessage()).contains("position 2");
    InvocationTargetException empty = assertThrows(InvocationTargetException.class,
        () -> generate.invoke(null, "", 3, '.'));
    assertThat(empty.getCause()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void intGenerateAndGenericVariants() throws ReflectiveOperationException {
    // next = the previous token plus one: 5 -> 6, 7, 8, ...
    Sop<Integer> next = key(indices()).eq(query(indices())).value(INTS).plus(1);
    Compiled compiled = compile("Count", next);
    Method generate = compiled.evaluator().type()
        .getMethod("generate", int[].class, int.class, int.class);
    assertThat((int[]) generate.invoke(null, new int[] {4, 5}, 4, 100))
        .isEqualTo(new int[] {6, 7, 8, 9});
    assertThat((int[]) generate.invoke(null, new int[] {4, 5}, 40, 8))
        .isEqualTo(new int[] {6, 7, 8});

    SopNode length = CausalMask.apply(Library.length().node());
    ProgramModel model = new ProgramModel(CompiledEvaluator.PACKAGE, "Length", "program",
        "test.Programs", List.of(
            new Variant(ElementType.CHAR, length, Schedule.of(length)),
            new Variant(ElementType.INT, length, Schedule.of(length))), "", "", true);
    CompiledEvaluator generic = CompiledEvaluator.compile(model);
    Object chars = generic.call("charDecoder");
    Object ints = generic.call("intDecoder");
    for (int p = 1; p <= 4; p++) {
      assertThat(append(chars, 'x')).isEqualTo(Outcome.values(List.of(p)));
      assertThat(append(ints, -p)).isEqualTo(Outcome.values(List.of(p)));
    }
  }
}
