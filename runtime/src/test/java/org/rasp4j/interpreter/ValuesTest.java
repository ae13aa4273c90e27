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

  @Test
  void halvesOfASurrogatePairAreEscaped() {
    // A token is one UTF-16 char: an emoji is two tokens, neither printable alone.
    assertThat(Values.show(List.of('\uD83D', '\uDE00'))).isEqualTo("['\\ud83d', '\\ude00']");
    // In a string a whole pair stays as it is; a half without its other half is escaped.
    assertThat(Values.show("a\uD83D\uDE00b")).isEqualTo("\"a\uD83D\uDE00b\"");
    assertThat(Values.show("\uDE00\uD83D")).isEqualTo("\"\\ude00\\ud83d\"");
  }
}
