package org.rasp4j.transformer.compile;

import org.rasp4j.transformer.model.Head;
import org.rasp4j.transformer.model.Matrix;

/**
 * A head's four matrices. Keys are the one-hots of each group's key side plus one dimension for
 * BOS; a query scores a key {@code scale} for every group that selects it and scores BOS {@code
 * scale} times the number of groups, so the keys every group selects tie with BOS and the rest lie
 * at least {@code scale} below. The scale makes their total weight, at most n e^-scale, too small
 * to move the output by the precision its readers need.
 */
final class HeadWeights {
  private HeadWeights() {}

  static int keySize(HeadPlan head) {
    int size = 1;
    for (Group group : head.groups()) {
      size += group.keys().size();
    }
    // a direct head's values are its output's one-hots
    return head.direct() ? Math.max(size, head.output().values.size()) : size;
  }

  static double scale(HeadPlan head, double precision, int maxSeqLen) {
    double margin = Math.log(2 * (maxSeqLen + 1) * Math.max(1, head.maxValue()) / precision) + 1;
    // a mean's head keeps BOS half a scale below the selected keys: twice the scale, same margin
    return head.halfBos() ? 2 * margin : margin;
  }

  static Head of(HeadPlan head, Layout layout, int dModel, int dHead, double scale) {
    Matrix wq = Matrix.zeros(dModel, dHead);
    Matrix wk = Matrix.zeros(dModel, dHead);
    Matrix wv = Matrix.zeros(dModel, dHead);
    Matrix wo = Matrix.zeros(dHead, dModel);
    int column = 0;
    for (Group group : head.groups()) {
      for (int k = 0; k < group.keys().size(); k++, column++) {
        Side keys = group.keys();
        if (keys.constant()) {
          add(wk, Layout.ONE, column, 1);
          add(wk, Layout.BOS, column, -1);
        } else {
          add(wk, layout.dim(keys.base(), keys.baseValues().get(k)), column, 1);
        }
        Side queries = group.queries();
        for (int q = 0; q < queries.size(); q++) {
          if (group.selects()[k][q]) {
            int row = queries.constant()
                ? Layout.ONE : layout.dim(queries.base(), queries.baseValues().get(q));
            add(wq, row, column, scale);
          }
        }
      }
    }
    add(wk, Layout.BOS, column, 1);
    add(wq, Layout.ONE, column, scale * (head.groups().size() - (head.halfBos() ? 0.5 : 0)));
    Side values = head.values();
    if (head.direct()) {
      // The BOS position's own query attends to BOS alone (twice the scale of any other key),
      // so what the head writes there is exactly the default's one-hot, which an MLP unit of the
      // layer takes back (Assembler): the residual holds no value at BOS.
      add(wq, Layout.BOS, column, 2 * scale * head.groups().size());
      directValues(head, layout, wv, wo);
      return new Head(wq, wk, wv, wo);
    }
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        double c = head.coefficients()[i];
        if (values.constant()) {
          add(wv, Layout.ONE, 0, c);
          add(wv, Layout.BOS, 0, -c);
        } else {
          add(wv, layout.dim(values.base(), values.baseValues().get(i)), 0, c);
        }
      }
    }
    add(wv, Layout.BOS, 0, head.lambda());
    add(wo, 0, layout.attention(head), 1);
    return new Head(wq, wk, wv, wo);
  }

  /**
   * A direct head's value is the one-hot of the selected key's value (column j of the value space
   * for the output's value j), BOS's the default's; the output matrix copies column j to the
   * output's direction j.
   */
  private static void directValues(HeadPlan head, Layout layout, Matrix wv, Matrix wo) {
    Side values = head.values();
    Base output = head.output();
    for (int i = 0; i < values.size(); i++) {
      Object value = values.sopValues().get(i).get(0);
      if (value == Views.ERROR) {
        continue;
      }
      int column = output.indexOf(value);
      if (values.constant()) {
        add(wv, Layout.ONE, column, 1);
        add(wv, Layout.BOS, column, -1);
      } else {
        add(wv, layout.dim(values.base(), values.baseValues().get(i)), column, 1);
      }
    }
    Object fallback = ((org.rasp4j.ir.Aggregate) head.node()).effectiveDefault();
    add(wv, Layout.BOS, output.indexOf(fallback), 1);
    for (int j = 0; j < output.values.size(); j++) {
      add(wo, j, layout.dim(output, output.values.get(j)), 1);
    }
  }

  private static void add(Matrix m, int row, int col, double value) {
    m.data()[row * m.cols() + col] += value;
  }
}
