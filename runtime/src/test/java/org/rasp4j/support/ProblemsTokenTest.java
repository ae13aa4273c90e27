package org.rasp4j.support;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** How messages show a token: quoted when it prints as itself, else by its code unit. */
class ProblemsTokenTest {
  @Test
  void printableTokensAreQuoted() {
    assertThat(Problems.token('x')).isEqualTo("'x'");
    assertThat(Problems.token(' ')).isEqualTo("' '");
    assertThat(Problems.token('§')).isEqualTo("'§'");
    assertThat(Problems.token('中')).isEqualTo("'中'");
  }

  @Test
  void unprintableTokensAreCodeUnits() {
    assertThat(Problems.token('\0')).isEqualTo("U+0000");
    assertThat(Problems.token('\n')).isEqualTo("U+000A");
    assertThat(Problems.token('\u007f')).isEqualTo("U+007F");
    assertThat(Problems.token('\u00a0')).isEqualTo("U+00A0"); // no-break space
    assertThat(Problems.token('\u200b')).isEqualTo("U+200B"); // zero-width space (format)
    assertThat(Problems.token('\u2028')).isEqualTo("U+2028"); // line separator
    assertThat(Problems.token('\ue000')).isEqualTo("U+E000"); // private use
    assertThat(Problems.token('\uffff')).isEqualTo("U+FFFF"); // unassigned
    assertThat(Problems.token('\uD83D')).isEqualTo("U+D83D"); // half of an emoji
    assertThat(Problems.token('\uDE00')).isEqualTo("U+DE00");
  }

  @Test
  void theUnknownTokenMessage() {
    assertThat(Problems.unknownToken('\uD83D', "add", "0123456789+"))
        .isEqualTo("unknown token U+D83D; add accepts \"0123456789+\"");
  }
}
