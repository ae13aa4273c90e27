package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.RaspProgram;
import org.rasp4j.Sop;
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
    for (Program program : Catalog.all()) {
      if (program.vocabulary().indexOf('§') >= 0) {
        Input example = ExampleInputs.of(program);
        assertThat(example.tokens()).isNotEmpty();
        assertThat(example.tokens().get(0)).isEqualTo('§');
        assertThat(example.tokens().subList(1, example.length())).doesNotContain('§');
      }
    }
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
