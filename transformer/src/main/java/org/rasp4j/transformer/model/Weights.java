package org.rasp4j.transformer.model;

import java.util.List;

/**
 * Everything a forward pass needs: sizes, embeddings, layers and the read-out matrix.
 *
 * @param config the sizes
 * @param tokenEmbedding {@code dVocab x dModel}: row 0 is the beginning-of-sequence token
 * @param positionEmbedding {@code nCtx x dModel}
 * @param blocks the layers, in order
 * @param unembed {@code dModel x dVocabOut}: the output logits
 */
public record Weights(
    Config config,
    Matrix tokenEmbedding,
    Matrix positionEmbedding,
    List<Block> blocks,
    Matrix unembed) {
  /**
   * Keeps an unmodifiable copy of the layers.
   *
   * @param config the record's {@code config}
   * @param tokenEmbedding the record's {@code tokenEmbedding}
   * @param positionEmbedding the record's {@code positionEmbedding}
   * @param blocks the record's {@code blocks}
   * @param unembed the record's {@code unembed}
   */
  public Weights {
    blocks = List.copyOf(blocks);
  }
}
