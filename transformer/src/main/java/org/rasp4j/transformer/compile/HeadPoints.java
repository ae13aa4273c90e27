package org.rasp4j.transformer.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.rasp4j.RaspException;
import org.rasp4j.ir.Aggregate;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.Reduction;

/**
 * Every output a head can give, and the value each stands for. A mean's head outputs the mean
 * (its default when nothing is selected). Any other head, with w keys selected (0 to the longest
 * input) whose values sum to s, outputs {@code (s + lambda) / (w + 1)}. Lambda
 * is larger than {@code (2n + 3)} times any |s|, which keeps the outputs of different widths
 * apart (those of width w lie in {@code [(lambda - S)/(w+1), (lambda + S)/(w+1)]}), and within a
 * width different sums differ by at least their own gap over w + 1: so (s, w) is known from the
 * output, and with it the sum, the mean, the width, or the one value selected.
 *
 * <p>The sums are those of every multiset of w values the key side can hold: a superset of what
 * any input gives, so the decoding is exact on every input.
 *
 * @param coefficients per entry of the value side, its number (the value, or its code)
 * @param lambda the beginning-of-sequence position's value
 * @param points the outputs, sorted, with their values
 * @param decodedValues the values the outputs stand for, errors left out, in base order
 */
record HeadPoints(double[] coefficients, double lambda, List<Point> points,
    List<Object> decodedValues) {

  static HeadPoints width(int maxSeqLen) {
    List<Point> points = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    for (int w = maxSeqLen; w >= 0; w--) {
      points.add(new Point(1.0 / (w + 1), w));
    }
    for (int w = 0; w <= maxSeqLen; w++) {
      values.add(w);
    }
    return new HeadPoints(new double[0], 1.0, points, values);
  }

  static HeadPoints aggregate(Aggregate node, Side side, int maxSeqLen) {
    ElementType type = node.values().type();
    boolean numeric = type.isNumeric();
    Set<Object> distinct = new LinkedHashSet<>();
    for (List<Object> values : side.sopValues()) {
      if (values.get(0) != Views.ERROR) {
        distinct.add(values.get(0));
      }
    }
    List<Object> xs = ValueOrder.sorted(distinct);
    if (type == ElementType.DOUBLE && maxSeqLen >= 3 && !exactSums(xs, maxSeqLen)) {
      throw new RaspException(node.describe(), -1, "its values (" + xs + ") are doubles whose"
          + " sums depend on the order the interpreter adds them in, so no value set can be"
          + " exact: aggregate ints, or doubles that are multiples of a power of two");
    }
    double[] coefficients = new double[side.size()];
    for (int i = 0; i < side.size(); i++) {
      Object x = side.sopValues().get(i).get(0);
      coefficients[i] = x == Views.ERROR ? 0 : code(x, xs, numeric);
    }
    // levels.get(w): every sum of w values, with the value it decodes to
    List<Map<Double, Object>> levels = new ArrayList<>();
    Map<Double, Object> empty = new LinkedHashMap<>();
    empty.put(0.0, node.effectiveDefault());
    levels.add(empty);
    Map<Double, Object> single = new LinkedHashMap<>();
    for (Object x : xs) {
      Object previous = single.put(code(x, xs, numeric), decodeOne(node, x));
      if (previous != null && !previous.equals(decodeOne(node, x))) {
        throw new RaspException(node.describe(), -1,
            "two values of the aggregated SOp have the same number (" + previous + ", " + x + ")");
      }
    }
    levels.add(single);
    int count = 1 + single.size();
    for (int w = 2; w <= maxSeqLen && !xs.isEmpty(); w++) {
      Map<Double, Object> next = new TreeMap<>();
      for (double s : levels.get(w - 1).keySet()) {
        for (Object x : xs) {
          // the interpreter adds from 0.0: (0.0 + x1) + x2 + ..., so -0.0 becomes 0.0
          double sum = (w == 2 ? 0.0 + s : s) + code(x, xs, numeric);
          next.put(sum, decodeMany(node, numeric, sum, w));
        }
      }
      levels.add(next);
      count += next.size();
      if (count > Planner.MAX_POINTS) {
        throw new RaspException(node.describe(), -1, "the sums of its selected values take more"
            + " than " + Planner.MAX_POINTS + " values over this domain: use a smaller vocabulary"
            + " or length, or fewer distinct values");
      }
    }
    double maxSum = 0;
    for (Map<Double, Object> level : levels) {
      for (double s : level.keySet()) {
        maxSum = Math.max(maxSum, Math.abs(s));
      }
    }
    // A mean's head gives the mean itself (BOS only when nothing is selected, with the default
    // as its value); any other head gives (s + lambda) / (w + 1), BOS always attended.
    boolean mean = node.reduction() == Reduction.MEAN;
    double lambda = mean
        ? ((Number) node.effectiveDefault()).doubleValue()
        : (2.0 * maxSeqLen + 3) * maxSum + 1;
    TreeMap<Double, Object> byT = new TreeMap<>();
    for (int w = 0; w < levels.size(); w++) {
      for (Map.Entry<Double, Object> entry : levels.get(w).entrySet()) {
        double t = mean
            ? (w == 0 ? lambda : ((Number) entry.getValue()).doubleValue())
            : (entry.getKey() + lambda) / (w + 1);
        Object previous = byT.put(t, entry.getValue());
        if (previous != null && !same(previous, entry.getValue())) {
          throw new RaspException(node.describe(), -1,
              "two selections give the same attention output; its values are too far apart for"
                  + " float64 (" + maxSum + ")");
        }
      }
    }
    requireResolvable(node, byT.keySet());
    List<Point> points = new ArrayList<>();
    Set<Object> decoded = new LinkedHashSet<>();
    byT.forEach((t, value) -> {
      points.add(new Point(t, value));
      if (value != Views.ERROR) {
        decoded.add(value);
      }
    });
    return new HeadPoints(coefficients, lambda, points, ValueOrder.sorted(decoded));
  }

  /**
   * Whether every sum of up to n of the values is exact in float64, whatever the order: all are
   * finite multiples of one power of two, small enough that no partial sum needs more than 53
   * bits. (0.1 + 0.2 + 0.3 and 0.3 + 0.2 + 0.1 differ; sums of 0.5s and 0.25s never do.)
   */
  static boolean exactSums(List<Object> values, int n) {
    int shift = 0;
    double largest = 0;
    for (Object value : values) {
      double x = (Double) value;
      if (!Double.isFinite(x)) {
        return false;
      }
      int k = 0;
      while (Math.scalb(x, k) != Math.rint(Math.scalb(x, k))) {
        if (++k > 1074) {
          return false;
        }
      }
      shift = Math.max(shift, k);
      largest = Math.max(largest, Math.abs(x));
    }
    return Math.scalb(largest * n, shift) <= 0x1p53;
  }

  /**
   * Refuses outputs that float64 cannot tell apart: neighbours closer than a billionth of the
   * largest magnitude (sums of values as large as Integer.MIN_VALUE beside small ones).
   */
  static void requireResolvable(org.rasp4j.ir.SopNode node, java.util.Collection<Double> sorted) {
    double largest = 1;
    for (double t : sorted) {
      largest = Math.max(largest, Math.abs(t));
    }
    Double previous = null;
    for (double t : sorted) {
      if (previous != null && t - previous < 1e-9 * largest) {
        throw new RaspException(node.describe(), -1, "its head's outputs span too wide a range"
            + " for float64 to tell neighbours apart (" + previous + " and " + t + " beside "
            + largest + "): keep its values within a smaller range");
      }
      previous = t;
    }
  }

  private static boolean same(Object a, Object b) {
    return a == b || (a != Views.ERROR && a.equals(b));
  }

  private static double code(Object x, List<Object> xs, boolean numeric) {
    return numeric ? ((Number) x).doubleValue() : xs.indexOf(x);
  }

  /** The value of a selection of one key holding x: x itself for a sum, x / 1 for a mean. */
  private static Object decodeOne(Aggregate node, Object x) {
    // a mean adds from 0.0 as the interpreter does (a mean of -0.0 is 0.0); a sum of one key
    // passes the value itself
    return node.reduction() == Reduction.MEAN ? (0.0 + ((Number) x).doubleValue()) / 1 : x;
  }

  /** The value of a selection of w ≥ 2 keys whose values sum to s, as the interpreter gives it. */
  private static Object decodeMany(Aggregate node, boolean numeric, double sum, int w) {
    if (!numeric) {
      return Views.ERROR; // the interpreter cannot sum characters, booleans or strings
    }
    if (node.reduction() == Reduction.MEAN) {
      return sum / w;
    }
    if (node.values().type() == ElementType.INT) {
      long total = (long) sum;
      return total == (int) total ? (Object) (int) total : Views.ERROR; // overflow is an error
    }
    return sum;
  }
}
