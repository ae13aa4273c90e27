package org.rasp4j.analysis;

import java.util.List;
import org.rasp4j.ir.SopNode;

/**
 * One transformer layer: its attention heads, then its MLP (the elementwise operations that come
 * after them). Layer 0 has no heads: it is the embedding (tokens, indices, constants) and the
 * elementwise operations on them.
 */
public record Layer(int index, List<Head> heads, List<SopNode> mlp) {
  public Layer {
    heads = List.copyOf(heads);
    mlp = List.copyOf(mlp);
  }
}
