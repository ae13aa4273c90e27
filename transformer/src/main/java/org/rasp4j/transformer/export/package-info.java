/**
 * A compiled transformer written for other tools: {@link org.rasp4j.transformer.export.Safetensors}
 * (the weights, named as TransformerLens's {@code HookedTransformer} names them), {@link
 * org.rasp4j.transformer.export.TransformerLensConfig} (the {@code config.json} that sizes such a
 * model) and {@link org.rasp4j.transformer.export.Onnx} (the whole forward pass, for ONNX Runtime
 * and the like). Each carries the residual labels, vocabulary and output values as metadata.
 */
package org.rasp4j.transformer.export;
