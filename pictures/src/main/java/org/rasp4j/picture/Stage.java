package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.List;

/**
 * One band of a trace picture: the embedding (layer 0), one attention layer, or the output. Drawn
 * top to bottom: its title, its note, its input rows, its heads, then its MLP rows.
 *
 * @param kind the band's CSS class: {@code embedding}, {@code layer} or {@code output}
 * @param layer the layer index, or -1 for a band that is no layer
 * @param title the heading, or null for none
 * @param note a line of text under the title (the embedding's constants), or null for none
 * @param inputs rows drawn first (the tokens, indices and constants; the output)
 * @param heads the layer's attention heads
 * @param mlp the elementwise results computed in this layer
 */
record Stage(
    String kind,
    int layer,
    String title,
    String note,
    List<Sequence> inputs,
    List<Attention> heads,
    List<Sequence> mlp) {

  Stage {
    inputs = List.copyOf(inputs);
    heads = List.copyOf(heads);
    mlp = List.copyOf(mlp);
  }

  /** A band without a note. */
  Stage(
      String kind,
      int layer,
      String title,
      List<Sequence> inputs,
      List<Attention> heads,
      List<Sequence> mlp) {
    this(kind, layer, title, null, inputs, heads, mlp);
  }

  /** Every row drawn on the shared position grid. */
  List<Sequence> rows() {
    List<Sequence> rows = new ArrayList<>(inputs);
    heads.forEach(head -> rows.addAll(head.rows()));
    rows.addAll(mlp);
    return rows;
  }

  /** The widest query columns among the heads. */
  double queryColumnsWidth() {
    return heads.stream().mapToDouble(Attention::queryColumnsWidth).max().orElse(0);
  }
}
