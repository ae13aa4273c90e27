package org.rasp4j.analysis;

import java.util.List;
import org.rasp4j.ir.SopNode;

/**
 * One transformer layer: its attention heads, then its MLP (the elementwise operations that come
 * after them). Layer 0 has no heads: it is the embedding (tokens, indices, constants) and the
 * elementwise operations on them.
 *
 * @param index the layer's number, 0 for the embedding
 * @param heads the attention heads, none in layer 0
 * @param mlp the elementwise operations at this layer, in the program's order
 */
public record Layer(int index, List<Head> heads, List<SopNode> mlp) {
  /**
   * A layer, with unmodifiable copies of its lists.
   *
   * @param index the layer's number, 0 for the embedding
   * @param heads the attention heads
   * @param mlp the elementwise operations at this layer
   */
  public Layer {
    heads = List.copyOf(heads);
    mlp = List.copyOf(mlp);
  }
}
