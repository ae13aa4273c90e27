package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PaletteTest {
  @Test
  void theSameValueAlwaysGetsTheSameColour() {
    for (Object value : List.of(3, 'x', "word", 0.5, true)) {
      assertThat(Palette.fill(value)).isEqualTo(Palette.fill(value));
    }
    assertThat(Palette.fill(Integer.valueOf(1000))).isEqualTo(Palette.fill(Integer.valueOf(1000)));
    assertThat(Palette.fill(new String("abc"))).isEqualTo(Palette.fill("abc"));
  }

  @Test
  void neighbouringIntsAndLettersGetDifferentColours() {
    Set<String> ints = new HashSet<>();
    for (int i = -5; i < 20; i++) {
      ints.add(Palette.fill(i));
    }
    assertThat(ints).hasSize(25);
    Set<String> letters = new HashSet<>();
    for (char c = 'a'; c <= 'z'; c++) {
      letters.add(Palette.fill(c));
    }
    assertThat(letters).hasSize(26);
  }

  @Test
  void booleansAndNothingHaveFixedColours() {
    assertThat(Palette.fill(true)).isNotEqualTo(Palette.fill(false));
    assertThat(Palette.fill('\0')).isEqualTo("#ffffff");
    assertThat(Palette.fill("")).isEqualTo("#ffffff");
  }

  @Test
  void everyFillIsAHexColourLightEnoughForBlackText() {
    List<Object> values = new java.util.ArrayList<>(List.of(true, false, '\0', "", "abc", 0.33, -7.5));
    for (int i = -50; i < 50; i++) {
      values.add(i);
      values.add((char) ('!' + i + 50));
    }
    for (Object value : values) {
      String fill = Palette.fill(value);
      assertThat(fill).matches("#[0-9a-f]{6}");
      // WCAG contrast of black text on the fill: (L + 0.05) / 0.05; 7 is the strictest level.
      assertThat((luminance(fill) + 0.05) / 0.05).isAtLeast(7.0);
    }
  }

  /** WCAG relative luminance of an sRGB colour. */
  private static double luminance(String hex) {
    double[] weights = {0.2126, 0.7152, 0.0722};
    double luminance = 0;
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      double linear = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      luminance += weights[i] * linear;
    }
    return luminance;
  }
}
