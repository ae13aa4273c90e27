/**
 * How each part of a program becomes weights: which SOps live in the residual stream as one-hot
 * directions ({@link org.rasp4j.transformer.compile.Base}), which are linear views of one of them,
 * the attention heads and MLPs that compute them, and the layer each runs in.
 */
package org.rasp4j.transformer.compile;
