package blog;

import org.rasp4j.RaspException;
import org.rasp4j.annotation.RaspGenerated;
import org.rasp4j.support.Problems;

/**
 * The RASP program {@code blog.Programs.shift}, compiled to loops over arrays: one block per transformer layer, each attention head one loop.
 */
@RaspGenerated("blog.Programs.shift")
public final class ShiftRight {
  /**
   * Attention layers: the layer of the output, as RASP counts them.
   */
  public static final int ATTENTION_LAYERS = 1;

  /**
   * The MLP sub-layers that hold an operation, as tracr lays them out.
   */
  public static final int MLP_SUBLAYERS = 1;

  /**
   * The layers tracr would give (each MLP its own sub-layer).
   */
  public static final int TRACR_LAYERS = 2;

  private ShiftRight() {
  }

  /**
   * Heads in each attention layer, from layer 1, after merging identical computations: aggregates sharing a selector in a layer share one head. A fresh array.
   */
  public static int[] headsPerLayer() {
    return new int[] {1};
  }

  /**
   * Heads in each attention layer, from layer 1, as RASPy counts them: one per aggregate written, two per selector width. A fresh array.
   */
  public static int[] raspyHeadsPerLayer() {
    return new int[] {1};
  }

  /**
   * How each attention head is computed, one entry per group of its outputs: {@code "layer.head kernel"}, the kernel one of general (every query tests every key), query-independent, index-map, position-order, value-groups, position-groups, value-order. A fresh array.
   */
  public static String[] kernels() {
    return new String[] {"1.1 index-map"};
  }

  /**
   * Runs {@code shift} on the characters of {@code tokens}: one value per position.
   *
   * @throws RaspException when the input is null or the program cannot compute a value (the reference interpreter's exception and message)
   */
  public static char[] evaluate(String tokens) {
    if (tokens == null) {
      throw new RaspException("tokens", -1, Problems.nullString());
    }
    return evaluate(tokens.toCharArray());
  }

  /**
   * Runs {@code shift} on {@code tokens}: one value per position.
   *
   * @throws RaspException when the input is null or the program cannot compute a value (the reference interpreter's exception and message)
   */
  public static char[] evaluate(char[] tokens) {
    if (tokens == null) {
      throw new RaspException("tokens", -1, Problems.nullChars());
    }
    int n = tokens.length;

    // layer 0
    // MLP: 1 elementwise operation in one pass
    int[] minus = new int[n];
    for (int i = 0; i < n; i++) {
      // - (line 7)
      minus[i] = i - 1;
    }

    // layer 1
    // head 1: key(indices) == query(-)
    //   -> aggregate 'shift' (line 7)
    char[] shift = new char[n];
    // kernel: index-map
    {
      for (int q = 0; q < n; q++) {
        long x = minus[q];
        long lo = x;
        long hi = x + 1;
        lo = Math.max(lo, 0L);
        hi = Math.min(hi, (long) n);
        if (lo >= hi) {
          lo = 0L;
          hi = 0L;
        }
        int count = (int) (hi - lo);
        int first = (int) lo;
        if (count == 0) {
          shift[q] = '_';
        } else {
          shift[q] = tokens[first];
        }
      }
    }

    return shift;
  }
}
