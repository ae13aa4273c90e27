package org.rasp4j.transformer.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rasp4j.ir.ElementType;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.model.Block;
import org.rasp4j.transformer.model.Config;
import org.rasp4j.transformer.model.Head;
import org.rasp4j.transformer.model.Matrix;
import org.rasp4j.transformer.model.Mlp;
import org.rasp4j.transformer.model.Weights;

/** Hand-built transformers for the export tests: random weights of given sizes, seeded. */
final class TestModels {
  private TestModels() {}

  /** {@return weights of the config's sizes, each entry uniform in [-scale, scale)} */
  static Weights random(Random random, Config c, double scale) {
    List<Block> blocks = new ArrayList<>();
    for (int l = 0; l < c.layers(); l++) {
      List<Head> heads = new ArrayList<>();
      for (int h = 0; h < c.heads(); h++) {
        heads.add(new Head(
            matrix(random, c.dModel(), c.dHead(), scale),
            matrix(random, c.dModel(), c.dHead(), scale),
            matrix(random, c.dModel(), c.dHead(), scale),
            matrix(random, c.dHead(), c.dModel(), scale)));
      }
      blocks.add(new Block(heads, new Mlp(
          matrix(random, c.dModel(), c.dMlp(), scale),
          vector(random, c.dMlp(), scale),
          matrix(random, c.dMlp(), c.dModel(), scale),
          vector(random, c.dModel(), scale))));
    }
    return new Weights(c,
        matrix(random, c.dVocab(), c.dModel(), scale),
        matrix(random, c.nCtx(), c.dModel(), scale),
        blocks,
        matrix(random, c.dModel(), c.dVocabOut(), scale));
  }

  /** {@return the weights with every head's matrices replaced by zeros (uniform attention)} */
  static Weights zeroHeads(Weights w) {
    Config c = w.config();
    List<Block> blocks = new ArrayList<>();
    for (Block b : w.blocks()) {
      List<Head> heads = new ArrayList<>();
      for (int h = 0; h < c.heads(); h++) {
        heads.add(new Head(Matrix.zeros(c.dModel(), c.dHead()), Matrix.zeros(c.dModel(), c.dHead()),
            Matrix.zeros(c.dModel(), c.dHead()), Matrix.zeros(c.dHead(), c.dModel())));
      }
      blocks.add(new Block(heads, b.mlp()));
    }
    return new Weights(c, w.tokenEmbedding(), w.positionEmbedding(), blocks, w.unembed());
  }

  /**
   * {@return a compiled transformer around the weights: residual labels {@code r0, r1, ...},
   * string tokens {@code t1, t2, ...} for ids 1 and on, int output values {@code 10, 11, ...}}
   */
  static CompiledTransformer compiled(String name, Weights w) {
    Config c = w.config();
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < c.dModel(); i++) {
      labels.add("r" + i);
    }
    List<Object> vocabulary = new ArrayList<>();
    for (int i = 1; i < c.dVocab(); i++) {
      vocabulary.add("t" + i);
    }
    List<Object> outputs = new ArrayList<>();
    for (int i = 0; i < c.dVocabOut(); i++) {
      outputs.add(10 + i);
    }
    return new CompiledTransformer(name, w, labels, ElementType.STRING, vocabulary, c.nCtx() - 1,
        "out", outputs);
  }

  private static Matrix matrix(Random random, int rows, int cols, double scale) {
    return new Matrix(rows, cols, vector(random, rows * cols, scale));
  }

  private static double[] vector(Random random, int n, double scale) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = (2 * random.nextDouble() - 1) * scale;
    }
    return v;
  }
}
