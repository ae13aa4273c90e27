package org.rasp4j.transformer.model;

/**
 * One MLP: {@code relu(x·wIn + bIn)·wOut + bOut}, added to the residual.
 *
 * @param wIn {@code dModel x dMlp}
 * @param bIn {@code dMlp}
 * @param wOut {@code dMlp x dModel}
 * @param bOut {@code dModel}
 */
public record Mlp(Matrix wIn, double[] bIn, Matrix wOut, double[] bOut) {}
