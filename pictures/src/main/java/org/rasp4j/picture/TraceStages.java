package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rasp4j.analysis.Head;
import org.rasp4j.analysis.Layer;
import org.rasp4j.interpreter.Trace;
import org.rasp4j.interpreter.Values;
import org.rasp4j.ir.Constant;
import org.rasp4j.ir.SopNode;
import org.rasp4j.ir.Tokens;

/**
 * What a trace picture shows, band by band: the embedding (tokens, indices, the constants in one
 * line, and what layer 0's MLP computes from them), each attention layer (its heads, then its
 * MLP), the output.
 */
final class TraceStages {
  /** The label of the input's row when the program does not read its tokens. */
  static final String UNREAD_TOKENS = "tokens (unread)";

  /** What starts the embedding's line of constants. */
  static final String CONSTANTS = "constants: ";

  private TraceStages() {}

  static List<Stage> of(Trace trace) {
    SopValues values = SopValues.of(trace);
    List<Stage> stages = new ArrayList<>();
    List<Layer> layers = trace.layers();
    stages.add(
        new Stage(
            "embedding", 0, "embedding (layer 0)", constants(trace), inputs(trace, values),
            List.of(), sequences(layers.get(0).mlp(), values)));
    for (Layer layer : layers.subList(1, layers.size())) {
      List<Attention> heads = new ArrayList<>();
      for (Head head : layer.heads()) {
        heads.add(
            Attention.of(
                "head " + (heads.size() + 1) + ": " + SelectorText.of(head.selector()),
                head.selector(),
                trace.matrix(head.selector()),
                head.outputs(),
                values));
      }
      stages.add(
          new Stage(
              "layer", layer.index(), "layer " + layer.index(), List.of(), heads,
              sequences(layer.mlp(), values)));
    }
    SopNode output = trace.schedule().output();
    stages.add(
        new Stage(
            "output", -1, "output",
            List.of(new Sequence(Labels.ofValues(output), values.of(output))), List.of(), List.of()));
    return stages;
  }

  /**
   * The rows of the embedding: tokens, then indices, as the blog starts. The constants the program
   * broadcasts are no rows: a row repeating one value at every position says nothing a single
   * value would not, and a program like {@code add} broadcasts a dozen.
   */
  private static List<SopNode> embeddings(Trace trace) {
    List<SopNode> embeddings = new ArrayList<>(trace.embeddings());
    embeddings.removeIf(sop -> sop instanceof Constant);
    embeddings.sort(Comparator.comparingInt(sop -> sop instanceof Tokens ? 0 : 1));
    return embeddings;
  }

  /**
   * The constants in one line, each once ({@code constants: 1, '_', zero = 0}), or null when the
   * program broadcasts none.
   */
  static String constants(Trace trace) {
    List<String> constants = new ArrayList<>();
    for (SopNode sop : trace.embeddings()) {
      if (sop instanceof Constant constant) {
        String value = Values.show(constant.value());
        constants.add(constant.name() == null ? value : constant.name() + " = " + value);
      }
    }
    return constants.isEmpty() ? null : CONSTANTS + String.join(", ", constants);
  }

  /**
   * The input as the first row: the tokens row when the program reads them, else a row of its own
   * (a program like {@code length} never reads its tokens, but the reader still wants to see them).
   */
  private static List<Sequence> inputs(Trace trace, SopValues values) {
    List<Sequence> inputs = new ArrayList<>();
    List<SopNode> embeddings = embeddings(trace);
    if (embeddings.stream().noneMatch(sop -> sop instanceof Tokens)) {
      inputs.add(new Sequence(UNREAD_TOKENS, trace.input().tokens()));
    }
    inputs.addAll(sequences(embeddings, values));
    return inputs;
  }

  private static List<Sequence> sequences(List<SopNode> sops, SopValues values) {
    List<Sequence> sequences = new ArrayList<>();
    for (SopNode sop : sops) {
      sequences.add(new Sequence(Labels.ofValues(sop), values.of(sop)));
    }
    return sequences;
  }
}
