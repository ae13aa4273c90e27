package org.rasp4j;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.rasp4j.annotation.RaspProgram;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;

/** {@code @RaspProgram} methods read by reflection: names, token types, vocabulary checks. */
class ProgramTest {

  /** Programs of every token kind, with names that exercise the snake-case rule. */
  static final class Programs {
    private Programs() {}

    @RaspProgram(vocabulary = "ab")
    static Sop<Character> shiftLeft(Sop<Character> tokens) {
      return Library.shift(-1, '_', tokens);
    }

    @RaspProgram
    static Sop<Integer> hist2Bos(Sop<Integer> tokens) {
      return Rasp.key(tokens).eq(Rasp.query(tokens)).width();
    }

    @RaspProgram
    static <T> Sop<T> addStep0(Sop<T> tokens) {
      return tokens;
    }

    static Sop<Integer> notAProgram(Sop<Integer> tokens) {
      return tokens;
    }
  }

  private static Program program(String methodName) throws NoSuchMethodException {
    return Program.of(Programs.class.getDeclaredMethod(methodName, Sop.class));
  }

  @Test
  void namesAreSnakeCase() throws NoSuchMethodException {
    assertThat(program("shiftLeft").name()).isEqualTo("shift_left");
    assertThat(program("hist2Bos").name()).isEqualTo("hist2_bos");
    assertThat(program("addStep0").name()).isEqualTo("add_step0");
  }

  @Test
  void allInFindsTheAnnotatedMethodsSortedByName() {
    assertThat(Program.allIn(Programs.class).stream().map(Program::name).toList())
        .containsExactly("add_step0", "hist2_bos", "shift_left")
        .inOrder();
  }

  @Test
  void tokenTypesComeFromTheParameter() throws NoSuchMethodException {
    assertThat(program("shiftLeft").tokenTypes()).containsExactly(ElementType.CHAR);
    assertThat(program("hist2Bos").tokenTypes()).containsExactly(ElementType.INT);
    assertThat(program("addStep0").tokenTypes())
        .containsExactly(ElementType.CHAR, ElementType.INT);
  }

  @Test
  void runChecksTheInputThenInterprets() throws NoSuchMethodException {
    assertThat(program("shiftLeft").run(Input.of("abb"))).containsExactly('b', 'b', '_').inOrder();
    assertThat(program("hist2Bos").run(Input.of(7, 8, 7))).containsExactly(2, 1, 2).inOrder();
    assertThat(program("addStep0").run(Input.of(4))).containsExactly(4);
    assertThat(program("addStep0").run(Input.of("x"))).containsExactly('x');
    assertThat(program("hist2Bos").schedule().headsPerLayer()).containsExactly(2);
  }

  @Test
  void aTokenOutsideTheVocabularyIsRejected() throws NoSuchMethodException {
    RaspException e =
        assertThrows(RaspException.class, () -> program("shiftLeft").run(Input.of("abc")));
    assertThat(e.position()).isEqualTo(2);
    assertThat(e)
        .hasMessageThat()
        .isEqualTo("tokens at position 2: unknown token 'c'; shift_left accepts \"ab\"");
  }

  @Test
  void theWrongTokenTypeIsRejected() throws NoSuchMethodException {
    RaspException e =
        assertThrows(RaspException.class, () -> program("shiftLeft").run(Input.of(1, 2)));
    assertThat(e).hasMessageThat().isEqualTo("tokens: shift_left takes char tokens, not int");
    assertThrows(IllegalArgumentException.class, () -> program("hist2Bos").build(ElementType.CHAR));
  }

  @Test
  void onlyAnnotatedStaticSopMethodsArePrograms() throws NoSuchMethodException {
    Method plain = Programs.class.getDeclaredMethod("notAProgram", Sop.class);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Program.of(plain));
    assertThat(e).hasMessageThat().contains("is not annotated @RaspProgram");
  }
}
