/**
 * A compiled transformer's weights, sizes and residual-stream labels: plain values, in
 * TransformerLens's shapes (rows are the input side: {@code x · W}).
 */
package org.rasp4j.transformer.model;
