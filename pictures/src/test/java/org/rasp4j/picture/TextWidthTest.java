package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class TextWidthTest {
  @Test
  void eachCharacterTakesSevenAndAHalfPixels() {
    assertThat(TextWidth.of("")).isEqualTo(0.0);
    assertThat(TextWidth.of("abc")).isEqualTo(22.5);
    assertThat(TextWidth.of("aggregate 'length'")).isEqualTo(18 * 7.5);
  }

  @Test
  void wideCharactersTakeTwo() {
    assertThat(TextWidth.of("中文")).isEqualTo(30.0);
    assertThat(TextWidth.of("\uD83D\uDE00")).isEqualTo(15.0); // one code point, two chars
  }

  @Test
  void aBoxPadsItsTextAndIsNeverNarrowerThanASquareCell() {
    assertThat(TextWidth.box("a")).isEqualTo(22.0);
    assertThat(TextWidth.box("12345")).isEqualTo(5 * 7.5 + 12);
  }
}
