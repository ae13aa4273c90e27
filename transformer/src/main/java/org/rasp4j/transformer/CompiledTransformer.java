package org.rasp4j.transformer;

import java.util.ArrayList;
import java.util.List;
import org.rasp4j.RaspException;
import org.rasp4j.ir.ElementType;
import org.rasp4j.support.Problems;
import org.rasp4j.transformer.model.Weights;

/**
 * A RASP program compiled to a transformer: the weights, the label of every residual dimension, and
 * how tokens go in and values come out.
 *
 * <p>Token id 0 is the beginning-of-sequence token, which every input starts with at position 0;
 * id {@code i + 1} is {@code vocabulary.get(i)}. The token at input position {@code p} sits at
 * model position {@code p + 1}. The output at a position is the value of the largest logit, when it
 * is above {@link #THRESHOLD}; when none is (the program's error cases), the position has no value
 * ({@link Readout#ARGMAX}); or, for a numerical output, the possible value nearest the one logit
 * ({@link Readout#NEAREST}).
 *
 * @param name the program's name
 * @param weights the weights and sizes
 * @param residualLabels one label per residual dimension ({@code one}, {@code bos},
 *     {@code tokens:a}, {@code indices:0}, {@code <sop>:<value>}, {@code <sop>:attention})
 * @param tokenType the token type
 * @param vocabulary the tokens, in id order from id 1
 * @param maxSeqLen the longest input, without the beginning-of-sequence token
 * @param outputName the output SOp's name
 * @param outputValues the value of each logit, in order ({@link Readout#ARGMAX}), or every value
 *     the output can take, ascending ({@link Readout#NEAREST})
 * @param readout how the logits give the output
 */
public record CompiledTransformer(
    String name,
    Weights weights,
    List<String> residualLabels,
    ElementType tokenType,
    List<Object> vocabulary,
    int maxSeqLen,
    String outputName,
    List<Object> outputValues,
    Readout readout) {
  /** A logit at or below this is "not this value": every exact logit is 0 or 1. */
  public static final double THRESHOLD = 0.5;

  /**
   * Keeps unmodifiable copies of the lists.
   *
   * @param name the record's {@code name}
   * @param weights the record's {@code weights}
   * @param residualLabels the record's {@code residualLabels}
   * @param tokenType the record's {@code tokenType}
   * @param vocabulary the record's {@code vocabulary}
   * @param maxSeqLen the record's {@code maxSeqLen}
   * @param outputName the record's {@code outputName}
   * @param outputValues the record's {@code outputValues}
   * @param readout the record's {@code readout}
   */
  public CompiledTransformer {
    residualLabels = List.copyOf(residualLabels);
    vocabulary = List.copyOf(vocabulary);
    outputValues = List.copyOf(outputValues);
  }

  /**
   * A transformer read out by {@link Readout#ARGMAX}.
   *
   * @param name the program's name
   * @param weights the weights and sizes
   * @param residualLabels one label per residual dimension
   * @param tokenType the token type
   * @param vocabulary the tokens, in id order from id 1
   * @param maxSeqLen the longest input
   * @param outputName the output SOp's name
   * @param outputValues the value of each logit, in order
   */
  public CompiledTransformer(String name, Weights weights, List<String> residualLabels,
      ElementType tokenType, List<Object> vocabulary, int maxSeqLen, String outputName,
      List<Object> outputValues) {
    this(name, weights, residualLabels, tokenType, vocabulary, maxSeqLen, outputName, outputValues,
        Readout.ARGMAX);
  }

  /**
   * {@return the token ids of an input: 0 (beginning of sequence), then one per token}
   *
   * @param tokens the input
   * @throws RaspException naming the position of an unknown token, or when the input is too long
   */
  public int[] encode(List<?> tokens) {
    if (tokens.size() > maxSeqLen) {
      throw new RaspException("tokens", maxSeqLen,
          "the input has " + tokens.size() + " tokens; " + name + " was compiled for at most "
              + maxSeqLen);
    }
    int[] ids = new int[tokens.size() + 1];
    for (int p = 0; p < tokens.size(); p++) {
      int id = vocabulary.indexOf(tokens.get(p));
      if (id < 0) {
        Object token = tokens.get(p);
        // as the interpreter writes a token: a character quoted (or its code point)
        String shown = token instanceof Character c ? Problems.token(c) : String.valueOf(token);
        throw new RaspException("tokens", p,
            "unknown token " + shown + "; " + name + " was compiled for " + vocabulary);
      }
      ids[p + 1] = id + 1;
    }
    return ids;
  }

  /**
   * {@return the program's output for an input, computed by the forward pass}
   *
   * @param tokens the input
   * @throws RaspException for an unknown token, too long an input, or a position where no logit
   *     exceeds {@link #THRESHOLD} (where the reference interpreter raises an error)
   */
  public List<Object> run(List<?> tokens) {
    return decode(ForwardPass.logits(weights, encode(tokens)));
  }

  /**
   * {@return the values the logits of each input position stand for (model positions 1 and on)}
   *
   * @param logits the forward pass's logits, beginning-of-sequence row first
   * @throws RaspException at the first position where no logit exceeds {@link #THRESHOLD}
   */
  public List<Object> decode(double[][] logits) {
    List<Object> out = new ArrayList<>();
    for (int p = 1; p < logits.length; p++) {
      out.add(readout == Readout.NEAREST ? nearest(logits[p][0]) : argmax(logits[p], p));
    }
    return out;
  }

  private Object argmax(double[] logits, int p) {
    int best = -1;
    for (int v = 0; v < logits.length; v++) {
      if (logits[v] > THRESHOLD && (best < 0 || logits[v] > logits[best])) {
        best = v;
      }
    }
    if (best < 0) {
      throw new RaspException(outputName, p - 1,
          "the transformer's output has no value here (no logit above " + THRESHOLD + ")");
    }
    return outputValues.get(best);
  }

  private Object nearest(double number) {
    Object best = null;
    double distance = Double.POSITIVE_INFINITY;
    for (Object value : outputValues) {
      double d = Math.abs(((Number) value).doubleValue() - number);
      if (d < distance) {
        distance = d;
        best = value;
      }
    }
    return best;
  }
}
