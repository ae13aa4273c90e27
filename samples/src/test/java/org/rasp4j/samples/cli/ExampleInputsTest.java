package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.Sop;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;
import org.rasp4j.samples.Catalog;

/** The tour's example inputs: one each program accepts, the blog's where the blog has one. */
class ExampleInputsTest {

  @RaspProgram
  static Sop<Character> charsNotInTheTable(Sop<Character> tokens) {
    return tokens;
  }

  @RaspProgram
  static Sop<Integer> intsNotInTheTable(Sop<Integer> tokens) {
    return tokens;
  }

  @RaspProgram
  static <T> Sop<T> eitherNotInTheTable(Sop<T> tokens) {
    return tokens;
  }

  private static Program program(String method) throws NoSuchMethodException {
    Method m = ExampleInputsTest.class.getDeclaredMethod(method, Sop.class);
    return Program.of(m);
  }

  @Test
  void everyProgramRunsOnItsExample() {
    for (Program program : Catalog.all()) {
      Input example = ExampleInputs.of(program);
      assertThat(program.tokenTypes()).contains(example.type());
      assertThat(program.run(example)).hasSize(example.length());
    }
  }

  @Test
  void bosProgramsGetTheBosTokenFirst() {
    List<String> bosPrograms = new ArrayList<>();
    for (Program program : Catalog.all()) {
      if (!program.bos().isEmpty()) {
        bosPrograms.add(program.name());
        assertThat(program.bos()).isEqualTo("§");
        Input example = ExampleInputs.of(program);
        assertThat(example.tokens()).isNotEmpty();
        assertThat(example.tokens().get(0)).isEqualTo('§');
        assertThat(example.tokens().subList(1, example.length())).doesNotContain('§');
      }
    }
    assertThat(bosPrograms).containsExactly("hist_bos", "hist2_bos", "sort_bos", "most_freq_bos");
  }

  @Test
  void theBlogsProgramsGetTheBlogsInputs() {
    for (BlogCases.Row row : BlogCases.rows()) {
      row.catalogueName()
          .flatMap(Catalog::find)
          .ifPresent(
              program ->
                  assertThat(JsonOutput.input(ExampleInputs.of(program)))
                      .isEqualTo(BlogCases.compact(row.input())));
    }
  }

  @Test
  void programsMissingFromTheTableGetHelloOrFiveInts() throws NoSuchMethodException {
    Input chars = ExampleInputs.of(program("charsNotInTheTable"));
    assertThat(chars.type()).isEqualTo(ElementType.CHAR);
    assertThat(chars.tokens()).containsExactly('h', 'e', 'l', 'l', 'o').inOrder();

    Input either = ExampleInputs.of(program("eitherNotInTheTable"));
    assertThat(either.tokens()).containsExactly('h', 'e', 'l', 'l', 'o').inOrder();

    Input ints = ExampleInputs.of(program("intsNotInTheTable"));
    assertThat(ints.type()).isEqualTo(ElementType.INT);
    assertThat(ints.tokens()).containsExactly(5, 3, 2, 5, 2).inOrder();
  }
}
