package example;

import static org.rasp4j.Library.length;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;

import org.rasp4j.Sop;

/** A helper in a file of its own: the processor inlines it into the program that calls it. */
final class Reversal {
  private Reversal() {}

  /** Position i reads position n - 1 - i: one head after length's. */
  static <T> Sop<T> reverse(Sop<T> tokens) {
    return key(indices()).eq(query(length().minus(indices()).minus(1))).value(tokens);
  }
}
