package org.rasp4j.transformer.model;

import java.util.List;

/**
 * One layer: its heads read the residual in parallel and add their outputs, then the MLP reads the
 * result and adds its own.
 *
 * @param heads the heads, {@link Config#heads()} of them
 * @param mlp the MLP
 */
public record Block(List<Head> heads, Mlp mlp) {
  /**
   * Keeps an unmodifiable copy of the heads.
   *
   * @param heads the record's {@code heads}
   * @param mlp the record's {@code mlp}
   */
  public Block {
    heads = List.copyOf(heads);
  }
}
