package org.rasp4j.processor.generation;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.rasp4j.Library.length;
import static org.rasp4j.Library.shift;
import static org.rasp4j.Library.sort;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.select;
import static org.rasp4j.Rasp.tokens;

import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rasp4j.Sop;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.annotation.RaspGenerated;
import org.rasp4j.ir.ElementType;
import org.rasp4j.processor.model.ProgramModel;
import org.rasp4j.processor.model.Variant;

/** The shape of the generated class: what it declares, what it refers to, how it is laid out. */
class GeneratedSourceTest {
  private static final Sop<Character> CHARS = tokens(CHAR);
  private static final Sop<Integer> INTS = tokens(INT);

  private static Sop<Character> flip() {
    Sop<Integer> opposite = length().minus(indices()).minus(1).named("opp_idx");
    return key(opposite).eq(query(indices())).value(CHARS).named("flip");
  }

  private static int count(String text, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(text);
    int count = 0;
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  @Test
  void generatedCodeKnowsNothingOfTheGraph() {
    List<Sop<?>> programs = List.of(
        flip(), sort(INTS, INTS), INTS.toDouble().div(2.0).round(),
        key(CHARS).eq(query(CHARS)).width(), key(indices()).lt(query(indices())).mean(INTS));
    for (Sop<?> program : programs) {
      String source = CompiledEvaluator.of("Shape", program.node()).source();
      assertThat(source).doesNotContain("org.rasp4j.ir");
      assertThat(source).doesNotContain("org.rasp4j.analysis");
      assertThat(source).doesNotContain("org.rasp4j.interpreter");
      assertThat(source).doesNotContain("Sop");
      assertThat(source).doesNotContain("Selector");
      // Primitive arrays and plain loops only: no boxing, collections or lambdas.
      assertThat(source).doesNotContainMatch("Integer\\b|Character\\b|Boolean\\b|List|[\\w)] ->");
    }
  }

  @Test
  void aFinalClassOfConstantsAndStaticMethods() throws ReflectiveOperationException {
    CompiledEvaluator flip = CompiledEvaluator.of("Flip", flip().node());
    Class<?> type = flip.type();
    assertThat(Modifier.isPublic(type.getModifiers())).isTrue();
    assertThat(Modifier.isFinal(type.getModifiers())).isTrue();
    Constructor<?>[] constructors = type.getDeclaredConstructors();
    assertThat(constructors).hasLength(1);
    assertThat(Modifier.isPrivate(constructors[0].getModifiers())).isTrue();
    assertThat(flip.source()).contains("@RaspGenerated(\"test.Programs.program\")");
    assertThat(flip.source()).contains("import " + RaspGenerated.class.getName() + ";");
    assertThat(flip.source()).doesNotContain("@SuppressWarnings");
    assertThat(flip.source()).contains("The RASP program {@code test.Programs.program}");

    // flip: length (layer 1), two subtractions, the head reading them (layer 2). tracr puts each
    // subtraction in its own MLP sub-layer (1 and 3) and the last head in sub-layer 4: 3 layers.
    assertThat(flip.constant("ATTENTION_LAYERS")).isEqualTo(2);
    assertThat(flip.constant("MLP_SUBLAYERS")).isEqualTo(2);
    assertThat(flip.constant("TRACR_LAYERS")).isEqualTo(3);
    assertThat((int[]) flip.call("headsPerLayer")).isEqualTo(new int[] {1, 1});
    assertThat((int[]) flip.call("raspyHeadsPerLayer")).isEqualTo(new int[] {1, 1});
    ((int[]) flip.call("headsPerLayer"))[0] = 9;
    assertThat((int[]) flip.call("headsPerLayer")).isEqualTo(new int[] {1, 1});

    // sort: the selector width's two heads in layer 1, then one head.
    CompiledEvaluator sort = CompiledEvaluator.of("Sort", sort(INTS, INTS).node());
    assertThat((int[]) sort.call("headsPerLayer")).isEqualTo(new int[] {2, 1});
    assertThat(sort.constant("ATTENTION_LAYERS")).isEqualTo(2);
  }

  @Test
  void mergedHeadsAreCountedOnceButRaspyCountsEachAggregate() {
    // The same head built twice: one head after merging, two for RASPy.
    Sop<Integer> a = key(INTS).eq(query(INTS)).value(1);
    Sop<Integer> b = key(INTS).eq(query(INTS)).value(1);
    CompiledEvaluator twice = CompiledEvaluator.of("Twice", a.plus(b).node());
    assertThat((int[]) twice.call("headsPerLayer")).isEqualTo(new int[] {1});
    assertThat((int[]) twice.call("raspyHeadsPerLayer")).isEqualTo(new int[] {2});
    assertThat(count(twice.source(), "for \\(int q = 0")).isEqualTo(1);
  }

  @Test
  void oneBlockPerLayerEachHeadThenItsMlp() {
    String source = CompiledEvaluator.of("Flip", flip().node()).source();
    int layer1 = source.indexOf("// layer 1");
    int head = source.indexOf("// head 1: key(1) == query(1)");
    int mlp = source.indexOf("// MLP");
    int layer2 = source.indexOf("// layer 2");
    int lastHead = source.indexOf("// head 1: key(opp_idx) == query(indices)");
    assertThat(List.of(layer1, head, mlp, layer2, lastHead)).isInStrictOrder();
    assertThat(source).contains("//   -> aggregate 'flip'");
  }

  @Test
  void anMlpIsOneLoopAndKeepsWhatOnlyItReadsInLocals() {
    Sop<Integer> doubled = INTS.times(2).named("doubled");
    Sop<Boolean> program = doubled.minus(1).named("odd").eq(INTS).named("same");
    String source = CompiledEvaluator.of("Fused", program.node()).source();
    assertThat(count(source, "for \\(int i = 0")).isEqualTo(1);
    assertThat(source).contains("int doubled;");
    assertThat(source).contains("int odd;");
    assertThat(source).contains("boolean[] same = new boolean[n];");
    assertThat(source).contains("same[i] = odd == tokens[i];");
    assertThat(count(source, "new int\\[n\\]")).isEqualTo(0);
  }

  @Test
  void arithmeticTheAnalysisProvesSafeIsPlainJava() {
    String flip = CompiledEvaluator.of("Flip", flip().node()).source();
    assertThat(flip).contains("int minus = length[i] - i;");
    assertThat(flip).contains("oppIdx[i] = minus - 1;");
    assertThat(flip).doesNotContain("Arithmetic");
    String shift = CompiledEvaluator.of("Shift", shift(2, '_', CHARS).node()).source();
    assertThat(shift).contains("minus[i] = i - 2;");
    assertThat(shift).contains("shift[q] = '_';");
    String checked = CompiledEvaluator.of("Checked", INTS.plus(1).node()).source();
    assertThat(checked).contains("Arithmetic.plus(tokens[i], 1)");
  }

  @Test
  void commentsNameEachComputationAndItsLine() {
    Sop<Integer> atLine = Sop.wrap(INTS.plus(1).named("next").node().at(42));
    String source = CompiledEvaluator.of("Lines", atLine.node()).source();
    assertThat(source).contains("// + 'next' (line 42)");
  }

  @Test
  void namesThatAreNotJavaAreSafe() {
    Sop<Integer> odd = INTS.plus(1).named("class").times(3).named("new\nline \\u000a */\u2028")
        .minus(INTS).named("int");
    CompiledEvaluator evaluator = CompiledEvaluator.of("OddNames", odd.node());
    assertThat(evaluator.source()).contains("// * 'new?line ?u000a */?'");
    Differential.agreeOnInts(evaluator, odd.node(), Differential.INTS);
  }

  @Test
  void aGenericProgramHasAnEvaluatePerTokenType() throws ReflectiveOperationException {
    Sop<Character> chars = shift(1, '_', CHARS);
    Sop<Integer> ints = shift(1, 0, INTS);
    Class<?> type = CompiledEvaluator.of("Shift", chars.node(), ints.node()).type();
    assertThat(type.getMethod("evaluate", String.class).getReturnType()).isEqualTo(char[].class);
    assertThat(type.getMethod("evaluate", char[].class).getReturnType()).isEqualTo(char[].class);
    assertThat(type.getMethod("evaluate", int[].class).getReturnType()).isEqualTo(int[].class);
  }

  @Test
  void aRunTimeLambdaCannotBeGenerated() {
    ProgramModel mapped = model(INTS.map(INT, x -> x + 1));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> EvaluatorWriter.write(mapped));
    assertThat(e).hasMessageThat().contains("map runs a org.rasp4j.ir.Lambda");
    ProgramModel selected = model(select(INTS, INTS, (k, q) -> k < q).value(1));
    assertThrows(IllegalStateException.class, () -> EvaluatorWriter.write(selected));
  }

  @Test
  void aModelWithoutVariantsIsRejected() {
    ProgramModel empty = new ProgramModel("p", "Empty", "empty", "p.Programs", List.of());
    assertThrows(IllegalArgumentException.class, () -> EvaluatorWriter.write(empty));
  }

  private static ProgramModel model(Sop<?> program) {
    return new ProgramModel("p", "P", "p", "p.Programs",
        List.of(new Variant(ElementType.INT, program.node(), Schedule.of(program.node()))));
  }
}
