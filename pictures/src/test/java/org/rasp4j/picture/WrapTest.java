package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class WrapTest {
  @Test
  void shortTextsStayOneLine() {
    assertThat(Wrap.lines("length - indices", 40)).containsExactly("length - indices");
  }

  @Test
  void longTextsBreakAtTheLastSpaceThatFits() {
    // 30 characters fit "key((length - indices) - 1) ==" (30), not "... query(indices)".
    assertThat(Wrap.lines("key((length - indices) - 1) == query(indices)", 30))
        .containsExactly("key((length - indices) - 1) ==", "query(indices)")
        .inOrder();
  }

  @Test
  void lineBreaksInTheTextAreKept() {
    assertThat(Wrap.lines("aggregate 'length'\n← constant 1", 40))
        .containsExactly("aggregate 'length'", "← constant 1")
        .inOrder();
  }

  @Test
  void aWordLongerThanALineIsSplitWhereTheLineEnds() {
    assertThat(Wrap.lines("ab abcdefghij", 4))
        .containsExactly("ab", "abcd", "efgh", "ij")
        .inOrder();
  }

  @Test
  void lengthsCountCharactersNotUtf16Units() {
    // Two emoji are four chars in Java but two characters on the line.
    assertThat(Wrap.lines("\uD83D\uDE00\uD83D\uDE00 x", 4)).containsExactly("\uD83D\uDE00\uD83D\uDE00 x");
  }
}
