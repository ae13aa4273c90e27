package org.rasp4j.interpreter;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.RaspException;
import org.rasp4j.ir.ElementType;

/** The public record checks what it holds, whichever way it is made. */
class InputTest {
  @Test
  void theConstructorRejectsTokensOfTheWrongType() {
    RaspException e =
        assertThrows(RaspException.class, () -> new Input(ElementType.CHAR, List.of(1, 2)));
    assertThat(e).hasMessageThat()
        .isEqualTo("tokens at position 0: expected a char token, got 1 (Integer)");
    assertThat(e.position()).isEqualTo(0);
    RaspException later = assertThrows(RaspException.class,
        () -> new Input(ElementType.INT, List.of(1, 2, 'c')));
    assertThat(later).hasMessageThat()
        .isEqualTo("tokens at position 2: expected an int token, got c (Character)");
  }

  @Test
  void theConstructorRejectsANullList() {
    RaspException e = assertThrows(RaspException.class, () -> new Input(ElementType.CHAR, null));
    assertThat(e).hasMessageThat().isEqualTo(
        "tokens: the input's token list is null; pass an empty list for no tokens");
  }

  @Test
  void theConstructorRejectsANullToken() {
    RaspException e = assertThrows(RaspException.class,
        () -> new Input(ElementType.INT, Arrays.asList(4, null)));
    assertThat(e).hasMessageThat().isEqualTo("tokens at position 1: expected an int token, got null");
  }

  @Test
  void theConstructorRejectsANullType() {
    RaspException e = assertThrows(RaspException.class, () -> new Input(null, List.of()));
    assertThat(e).hasMessageThat().isEqualTo("tokens: the input's token type is null; give CHAR or INT");
  }

  @Test
  void theFactoryChecksAsTheConstructorDoes() {
    RaspException e = assertThrows(RaspException.class,
        () -> Input.of(ElementType.CHAR, List.of('a', "b")));
    assertThat(e).hasMessageThat()
        .isEqualTo("tokens at position 1: expected a char token, got b (String)");
  }

  @Test
  void theTokensAreACopyThatCannotChange() {
    List<Object> tokens = new ArrayList<>(List.of(1, 2));
    Input input = new Input(ElementType.INT, tokens);
    tokens.add(3);
    assertThat(input.tokens()).containsExactly(1, 2).inOrder();
    assertThrows(UnsupportedOperationException.class, () -> input.tokens().add(4));
  }

  @Test
  void validInputsAreKept() {
    assertThat(new Input(ElementType.CHAR, List.of('a', 'b')).length()).isEqualTo(2);
    assertThat(Input.of("").length()).isEqualTo(0);
  }
}
