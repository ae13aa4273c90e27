package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class ValueTextTest {
  @Test
  void charactersAreDrawnBare() {
    assertThat(ValueText.of('a')).isEqualTo("a");
    assertThat(ValueText.of('<')).isEqualTo("<");
    assertThat(ValueText.of('中')).isEqualTo("中");
  }

  @Test
  void invisibleCharactersGetAVisibleSign() {
    assertThat(ValueText.of('\0')).isEqualTo("∅");
    assertThat(ValueText.of(' ')).isEqualTo("␣");
    assertThat(ValueText.of('\u0007')).isEqualTo("\\u0007");
    assertThat(ValueText.of('\n')).isEqualTo("\\u000A");
    assertThat(ValueText.of('\u00A0')).isEqualTo("\\u00A0");
  }

  @Test
  void stringsShowTheirText() {
    assertThat(ValueText.of("")).isEqualTo("∅");
    assertThat(ValueText.of("ab c")).isEqualTo("ab␣c");
    assertThat(ValueText.of("x\ty")).isEqualTo("x\\u0009y");
  }

  @Test
  void booleansAreTAndF() {
    assertThat(ValueText.of(true)).isEqualTo("T");
    assertThat(ValueText.of(false)).isEqualTo("F");
  }

  @Test
  void intsAsWritten() {
    assertThat(ValueText.of(0)).isEqualTo("0");
    assertThat(ValueText.of(-42)).isEqualTo("-42");
    assertThat(ValueText.of(Integer.MIN_VALUE)).isEqualTo("-2147483648");
  }

  @Test
  void doublesRoundToTwoDecimalsAndStayDoubles() {
    assertThat(ValueText.of(2.0)).isEqualTo("2.0");
    assertThat(ValueText.of(0.5)).isEqualTo("0.5");
    assertThat(ValueText.of(1.0 / 3)).isEqualTo("0.33");
    assertThat(ValueText.of(2.0 / 3)).isEqualTo("0.67");
    assertThat(ValueText.of(-1.25)).isEqualTo("-1.25");
    assertThat(ValueText.of(0.125)).isEqualTo("0.12"); // half to even
    assertThat(ValueText.of(-0.0)).isEqualTo("0.0");
    assertThat(ValueText.of(0.0)).isEqualTo("0.0");
  }

  @Test
  void extremeDoublesStayNarrow() {
    assertThat(ValueText.of(12345678.0)).isEqualTo("1.23e+07");
    assertThat(ValueText.of(0.001)).isEqualTo("1.00e-03");
    assertThat(ValueText.of(Double.NaN)).isEqualTo("NaN");
    assertThat(ValueText.of(Double.POSITIVE_INFINITY)).isEqualTo("∞");
    assertThat(ValueText.of(Double.NEGATIVE_INFINITY)).isEqualTo("-∞");
  }
}
