package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.RaspException;
import org.rasp4j.interpreter.Input;
import org.rasp4j.ir.ElementType;
import org.rasp4j.samples.blog.Atoi;

/**
 * The generated evaluators check {@code @RaspProgram(vocabulary = ...)} themselves, called
 * directly (not through {@link CompiledProgram}, which checks first): same exception and message
 * as {@link Program#run}.
 */
class GeneratedTokenChecksTest {
  @Test
  void atoiRejectsALetter() {
    RaspException e = assertThrows(RaspException.class, () -> Atoi.evaluate("4x"));
    assertThat(e).hasMessageThat()
        .isEqualTo("tokens at position 1: unknown token 'x'; atoi accepts \"0123456789\"");
    assertThat(e.position()).isEqualTo(1);
  }

  @Test
  void everyProgramWithAVocabularyRejectsWhatTheInterpreterRejects() throws Exception {
    int checked = 0;
    for (Program program : Catalog.all()) {
      if (program.vocabulary().isEmpty() || !program.tokenTypes().contains(ElementType.CHAR)) {
        continue;
      }
      String input = program.vocabulary().charAt(0) + "\u00e9";
      RaspException interpreted =
          assertThrows(RaspException.class, () -> program.run(Input.of(input)));
      Class<?> generated = CompiledProgram.of(program).evaluator();
      try {
        generated.getMethod("evaluate", String.class).invoke(null, input);
        throw new AssertionError(program + "'s evaluator accepted " + input);
      } catch (InvocationTargetException e) {
        assertWithMessage("%s", program).that(e.getCause()).isInstanceOf(RaspException.class);
        assertWithMessage("%s", program).that(e.getCause().getMessage())
            .isEqualTo(interpreted.getMessage());
        assertWithMessage("%s", program).that(e.getCause().getMessage())
            .startsWith("tokens at position 1: unknown token 'é'; " + program.name() + " accepts");
      }
      checked++;
    }
    assertThat(checked).isAtLeast(5);
  }
}
