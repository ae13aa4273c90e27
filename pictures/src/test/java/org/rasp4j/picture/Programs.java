package org.rasp4j.picture;

import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;

import org.rasp4j.Library;
import org.rasp4j.Sop;

/** The programs the picture tests draw, written with the DSL as the blog writes them. */
final class Programs {
  private Programs() {}

  static Sop<Character> chars() {
    return tokens(CHAR);
  }

  static Sop<Integer> ints() {
    return tokens(INT);
  }

  /** The blog's length: one head selecting everything, summing 1s. */
  static Sop<Integer> length() {
    return key(1).eq(query(1)).value(1).named("length");
  }

  /** The blog's flip: two layers, one head each. */
  static Sop<Character> flip() {
    Sop<Integer> length = length();
    return key(length.minus(indices()).minus(1)).eq(query(indices())).value(chars()).named("flip");
  }

  /** The blog's cumsum(length - indices): two layers. */
  static Sop<Integer> cumsumOfLengthMinusIndices() {
    return Library.cumsum(Library.length().minus(indices()));
  }

  /** Sorting: a selector width (two heads in one layer), then one head. */
  static Sop<Character> sort() {
    return Library.sort(chars(), chars());
  }

  /** A shift with no default: position 0 gets the char zero, '\0'. */
  static Sop<Character> shiftWithoutDefault() {
    return key(indices()).eq(query(indices().minus(1))).value(chars()).named("shifted");
  }

  /** Doubles: the fraction of 'a's so far. */
  static Sop<Double> fractionOfAs() {
    return Library.fracPrevs(chars().eq('a'));
  }
}
