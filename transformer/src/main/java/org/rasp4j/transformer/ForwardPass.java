package org.rasp4j.transformer;

import org.rasp4j.transformer.model.Block;
import org.rasp4j.transformer.model.Head;
import org.rasp4j.transformer.model.Matrix;
import org.rasp4j.transformer.model.Mlp;
import org.rasp4j.transformer.model.Weights;

/**
 * The architecture the weights describe, in float64 and nothing more: token plus position
 * embedding; per layer, unscaled softmax attention over every position (no mask), its heads' outputs
 * added to the residual, then a ReLU MLP added to it; no layer norm; logits = residual · unembed.
 */
public final class ForwardPass {
  private ForwardPass() {}

  /**
   * {@return the residual stream after the last layer, one row per position}
   *
   * @param weights the transformer
   * @param ids token ids, the beginning-of-sequence token (0) first
   * @throws IllegalArgumentException for an id outside the vocabulary or too many positions
   */
  public static double[][] residual(Weights weights, int[] ids) {
    int n = ids.length;
    int d = weights.config().dModel();
    if (n > weights.config().nCtx()) {
      throw new IllegalArgumentException(
          n + " positions, but the transformer takes at most " + weights.config().nCtx());
    }
    double[][] x = new double[n][d];
    for (int p = 0; p < n; p++) {
      if (ids[p] < 0 || ids[p] >= weights.config().dVocab()) {
        throw new IllegalArgumentException("token id " + ids[p] + " at position " + p);
      }
      for (int j = 0; j < d; j++) {
        x[p][j] = weights.tokenEmbedding().get(ids[p], j) + weights.positionEmbedding().get(p, j);
      }
    }
    for (Block block : weights.blocks()) {
      double[][] attended = new double[n][d];
      for (Head head : block.heads()) {
        addHead(head, x, attended);
      }
      add(x, attended);
      add(x, mlp(block.mlp(), x));
    }
    return x;
  }

  /**
   * {@return the output logits, one row per position}
   *
   * @param weights the transformer
   * @param ids token ids, the beginning-of-sequence token (0) first
   */
  public static double[][] logits(Weights weights, int[] ids) {
    double[][] x = residual(weights, ids);
    double[][] logits = new double[x.length][];
    for (int p = 0; p < x.length; p++) {
      logits[p] = weights.unembed().leftMultiply(x[p]);
    }
    return logits;
  }

  private static void addHead(Head head, double[][] x, double[][] out) {
    int n = x.length;
    double[][] q = new double[n][];
    double[][] k = new double[n][];
    double[][] v = new double[n][];
    for (int p = 0; p < n; p++) {
      q[p] = head.wq().leftMultiply(x[p]);
      k[p] = head.wk().leftMultiply(x[p]);
      v[p] = head.wv().leftMultiply(x[p]);
    }
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < n; j++) {
        scores[j] = dot(q[i], k[j]);
        max = Math.max(max, scores[j]);
      }
      double total = 0;
      for (int j = 0; j < n; j++) {
        scores[j] = Math.exp(scores[j] - max);
        total += scores[j];
      }
      double[] z = new double[v[0].length];
      for (int j = 0; j < n; j++) {
        double weight = scores[j] / total;
        for (int c = 0; c < z.length; c++) {
          z[c] += weight * v[j][c];
        }
      }
      double[] written = head.wo().leftMultiply(z);
      for (int c = 0; c < written.length; c++) {
        out[i][c] += written[c];
      }
    }
  }

  private static double[][] mlp(Mlp mlp, double[][] x) {
    double[][] out = new double[x.length][];
    for (int p = 0; p < x.length; p++) {
      double[] hidden = mlp.wIn().leftMultiply(x[p]);
      for (int h = 0; h < hidden.length; h++) {
        hidden[h] = Math.max(0, hidden[h] + mlp.bIn()[h]);
      }
      double[] written = mlp.wOut().leftMultiply(hidden);
      for (int c = 0; c < written.length; c++) {
        written[c] += mlp.bOut()[c];
      }
      out[p] = written;
    }
    return out;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  private static void add(double[][] x, double[][] delta) {
    for (int p = 0; p < x.length; p++) {
      for (int j = 0; j < x[p].length; j++) {
        x[p][j] += delta[p][j];
      }
    }
  }
}
