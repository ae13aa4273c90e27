package org.rasp4j.transformer.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.rasp4j.transformer.model.Block;
import org.rasp4j.transformer.model.Config;
import org.rasp4j.transformer.model.Head;
import org.rasp4j.transformer.model.Matrix;
import org.rasp4j.transformer.model.Weights;

/**
 * The weights as TransformerLens's {@code HookedTransformer.state_dict()} names and shapes them
 * (no layer norm, so no {@code ln} tensors), in its order. Our heads have no biases, so {@code b_Q},
 * {@code b_K}, {@code b_V}, {@code b_O} and {@code unembed.b_U} are zeros: a loader that expects
 * every tensor finds them.
 */
final class StateDict {
  private StateDict() {}

  /**
   * {@return every tensor, in TransformerLens's order}
   *
   * @throws IllegalArgumentException when a matrix's shape or a layer's head count disagrees with
   *     the config (the weights would be written with shapes that do not describe them)
   */
  static List<Tensor> of(Weights weights) {
    Config c = weights.config();
    List<Tensor> out = new ArrayList<>();
    out.add(matrix("embed.W_E", weights.tokenEmbedding(), c.dVocab(), c.dModel()));
    out.add(matrix("pos_embed.W_pos", weights.positionEmbedding(), c.nCtx(), c.dModel()));
    if (weights.blocks().size() != c.layers()) {
      throw new IllegalArgumentException(
          weights.blocks().size() + " blocks, but the config says " + c.layers() + " layers");
    }
    for (int l = 0; l < c.layers(); l++) {
      Block block = weights.blocks().get(l);
      String attn = "blocks." + l + ".attn.";
      if (block.heads().size() != c.heads()) {
        throw new IllegalArgumentException("layer " + l + " has " + block.heads().size()
            + " heads, but the config says " + c.heads());
      }
      out.add(heads(attn + "W_Q", block.heads(), Head::wq, c.dModel(), c.dHead()));
      out.add(heads(attn + "W_K", block.heads(), Head::wk, c.dModel(), c.dHead()));
      out.add(heads(attn + "W_V", block.heads(), Head::wv, c.dModel(), c.dHead()));
      out.add(heads(attn + "W_O", block.heads(), Head::wo, c.dHead(), c.dModel()));
      out.add(zeros(attn + "b_Q", c.heads(), c.dHead()));
      out.add(zeros(attn + "b_K", c.heads(), c.dHead()));
      out.add(zeros(attn + "b_V", c.heads(), c.dHead()));
      out.add(zeros(attn + "b_O", c.dModel()));
      String mlp = "blocks." + l + ".mlp.";
      out.add(matrix(mlp + "W_in", block.mlp().wIn(), c.dModel(), c.dMlp()));
      out.add(vector(mlp + "b_in", block.mlp().bIn(), c.dMlp()));
      out.add(matrix(mlp + "W_out", block.mlp().wOut(), c.dMlp(), c.dModel()));
      out.add(vector(mlp + "b_out", block.mlp().bOut(), c.dModel()));
    }
    out.add(matrix("unembed.W_U", weights.unembed(), c.dModel(), c.dVocabOut()));
    out.add(zeros("unembed.b_U", c.dVocabOut()));
    return out;
  }

  private static Tensor matrix(String name, Matrix m, int rows, int cols) {
    if (m.rows() != rows || m.cols() != cols) {
      throw new IllegalArgumentException(name + " is " + m.rows() + "x" + m.cols()
          + ", but the config makes it " + rows + "x" + cols);
    }
    return new Tensor(name, new long[] {rows, cols}, m.data().clone());
  }

  private static Tensor vector(String name, double[] v, int length) {
    if (v.length != length) {
      throw new IllegalArgumentException(
          name + " has " + v.length + " entries, but the config makes it " + length);
    }
    return new Tensor(name, new long[] {length}, v.clone());
  }

  /** The heads' matrices stacked: {@code [heads, rows, cols]}, head 0 first. */
  private static Tensor heads(
      String name, List<Head> heads, Function<Head, Matrix> part, int rows,
      int cols) {
    double[] data = new double[heads.size() * rows * cols];
    for (int h = 0; h < heads.size(); h++) {
      Matrix m = part.apply(heads.get(h));
      if (m.rows() != rows || m.cols() != cols) {
        throw new IllegalArgumentException(name + " of head " + h + " is " + m.rows() + "x"
            + m.cols() + ", but the config makes it " + rows + "x" + cols);
      }
      System.arraycopy(m.data(), 0, data, h * rows * cols, rows * cols);
    }
    return new Tensor(name, new long[] {heads.size(), rows, cols}, data);
  }

  private static Tensor zeros(String name, int... shape) {
    long[] dims = Arrays.stream(shape).asLongStream().toArray();
    return new Tensor(name, dims, new double[Arrays.stream(shape).reduce(1, Math::multiplyExact)]);
  }
}
