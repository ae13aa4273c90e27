package org.rasp4j.transformer.export;

import java.util.Arrays;

/**
 * A named float64 tensor, row-major, as the exports store it.
 *
 * @param name the TransformerLens state-dict name, such as {@code blocks.0.attn.W_Q}
 * @param shape the dimensions, outermost first
 * @param data the elements, row-major ({@code product(shape)} of them)
 */
record Tensor(String name, long[] shape, double[] data) {
  Tensor {
    long size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
    if (size != data.length) {
      throw new IllegalArgumentException(
          name + ": shape " + Arrays.toString(shape) + " holds " + size + " elements, not "
              + data.length);
    }
  }
}
