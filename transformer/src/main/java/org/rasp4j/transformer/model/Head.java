package org.rasp4j.transformer.model;

/**
 * One attention head, without biases: query {@code x·wq}, key {@code x·wk}, value {@code x·wv};
 * the scores are the query-key dot products, unscaled (the scale is in {@code wq}); the softmax
 * over the keys weighs the values, and {@code wo} writes the result back to the residual.
 *
 * @param wq {@code dModel x dHead}
 * @param wk {@code dModel x dHead}
 * @param wv {@code dModel x dHead}
 * @param wo {@code dHead x dModel}
 */
public record Head(Matrix wq, Matrix wk, Matrix wv, Matrix wo) {}
