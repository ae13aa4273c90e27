package org.rasp4j.interpreter;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How traces print values: characters quoted, control characters visible. */
class ValuesTest {
  @Test
  void charactersAreQuotedAndControlCharactersEscaped() {
    assertThat(Values.show(List.of('a', '\0', '\n', ' '))).isEqualTo("['a', '\\u0000', '\\u000a', ' ']");
  }
}
