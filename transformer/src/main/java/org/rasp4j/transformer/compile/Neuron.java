package org.rasp4j.transformer.compile;

import java.util.Map;

/**
 * One hidden unit of an MLP: {@code relu(sum of in[dim] * x[dim] + bias)}, written to the residual
 * as {@code out[dim]} times its activation.
 *
 * @param in input weights by residual dimension
 * @param bias the bias
 * @param out output weights by residual dimension
 */
record Neuron(Map<Integer, Double> in, double bias, Map<Integer, Double> out) {}
