package org.rasp4j.transformer.compile;

import java.util.List;

/**
 * A SOp the residual stream holds as one-hot directions, one per value: the tokens, the indices,
 * the output of every attention head, and every MLP-computed SOp that a head or the read-out needs.
 * Every other SOp is a function of exactly one base (or of none: a constant), and so a linear map
 * of its one-hot: it needs no directions of its own.
 */
final class Base {
  /**
   * How the base is computed: the embeddings; a head whose output an MLP of its layer decodes
   * (ATTENTION); a head that selects at most one key and so writes the one-hot itself (DIRECT); an
   * MLP.
   */
  enum Kind { TOKENS, INDICES, ATTENTION, DIRECT, MLP }

  final String label;
  final Kind kind;
  final List<Object> values;
  /** The layer whose MLP writes the one-hot; -1 for the embeddings. */
  final int layer;

  Base(String label, Kind kind, List<Object> values, int layer) {
    this.label = label;
    this.kind = kind;
    this.values = List.copyOf(values);
    this.layer = layer;
  }

  /** {@return the first layer whose attention can read the one-hot} */
  int readable() {
    return layer + 1;
  }

  /** {@return the first layer whose MLP can read the one-hot: a direct head's own} */
  int readableByMlp() {
    return kind == Kind.DIRECT ? layer : layer + 1;
  }

  int indexOf(Object value) {
    return values.indexOf(value);
  }

  @Override
  public String toString() {
    return label;
  }
}
