package org.rasp4j.transformer;

/** How a compiled transformer's logits give the output's value at a position. */
public enum Readout {
  /**
   * One logit per value the output can take: the value of the largest logit above {@link
   * CompiledTransformer#THRESHOLD}; none above it means no value (an error in the interpreter).
   */
  ARGMAX,
  /**
   * One logit, the output's number itself (a numerical output that is a linear function of means):
   * the value the output can take that is nearest to it, which is exact because the model's error
   * is below half the smallest gap between two of them.
   */
  NEAREST
}
