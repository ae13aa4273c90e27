package org.rasp4j.picture;

import static com.google.common.truth.Truth.assertThat;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.constant;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.select;
import static org.rasp4j.Rasp.where;

import org.junit.jupiter.api.Test;
import org.rasp4j.Library;
import org.rasp4j.Sop;

class LabelsTest {
  @Test
  void aNamedSopIsDescribedByItsName() {
    assertThat(Labels.of(Programs.length().node())).isEqualTo("aggregate 'length'");
    assertThat(Labels.of(indices().plus(1).named("next").node())).isEqualTo("+ 'next'");
  }

  @Test
  void besideItsValuesANamedSopIsItsNameAlone() {
    assertThat(Labels.ofValues(Programs.length().node())).isEqualTo("length");
    assertThat(Labels.ofValues(indices().plus(1).named("next").node())).isEqualTo("next");
    assertThat(Labels.ofValues(Programs.chars().named("x").node())).isEqualTo("x");
    assertThat(Labels.ofValues(constant(0).named("zero").node())).isEqualTo("zero");
  }

  @Test
  void besideItsValuesAnUnnamedSopIsLabelledAsEverywhere() {
    Sop<Integer> length = Programs.length();

    assertThat(Labels.ofValues(length.minus(indices()).node())).isEqualTo("length - indices");
    assertThat(Labels.ofValues(constant(1).node())).isEqualTo("constant 1");
    assertThat(Labels.ofValues(indices().node())).isEqualTo("indices");
  }

  @Test
  void anUnnamedConstantSaysItIsOne() {
    assertThat(Labels.of(constant(1).node())).isEqualTo("constant 1");
    assertThat(Labels.of(constant('a').node())).isEqualTo("constant 'a'");
    assertThat(Labels.of(Programs.chars().node())).isEqualTo("tokens");
  }

  @Test
  void anUnnamedStepIsItsFormulaOverNamedOperands() {
    Sop<Integer> length = Programs.length();

    assertThat(Labels.of(length.minus(indices()).node())).isEqualTo("length - indices");
    assertThat(Labels.of(length.minus(indices()).minus(1).node()))
        .isEqualTo("(length - indices) - 1");
    assertThat(Labels.of(Programs.chars().eq('a').toInt().node())).isEqualTo("toInt(tokens == 'a')");
    assertThat(Labels.of(where(indices().lt(2), indices(), 0).node()))
        .isEqualTo("where(indices < 2, indices, 0)");
    assertThat(Labels.of(indices().map(INT, i -> i * i).node())).isEqualTo("map(indices)");
    assertThat(Labels.of(indices().negate().node())).isEqualTo("neg(indices)");
  }

  @Test
  void deepFormulasAreCut() {
    Sop<Integer> deep = indices().plus(1).plus(2).plus(3).plus(4);

    assertThat(Labels.of(deep.node())).isEqualTo("((… + 2) + 3) + 4");
  }

  @Test
  void selectorsReadLikeThePrograms() {
    assertThat(SelectorText.of(Library.before().node())).isEqualTo("key(indices) < query(indices)");
    assertThat(SelectorText.of(key(1).eq(query(1)).node())).isEqualTo("key(1) == query(1)");
    assertThat(
            SelectorText.of(
                Library.before().or(key(indices()).eq(query(indices().minus(1)))).not().node()))
        .isEqualTo("!(key(indices) < query(indices) | key(indices) == query(indices - 1))");
    assertThat(SelectorText.of(Library.before().named("before").and(Library.upToSelf()).node()))
        .isEqualTo("before & key(indices) <= query(indices)");
    assertThat(SelectorText.of(select(indices(), indices(), (k, q) -> k + q == 3).node()))
        .isEqualTo("select(indices, indices)");
  }
}
