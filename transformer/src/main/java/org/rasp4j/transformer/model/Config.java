package org.rasp4j.transformer.model;

/**
 * A transformer's sizes, named as TransformerLens's {@code HookedTransformerConfig} names them.
 * Every layer has {@code heads} heads (unused ones are zero) and one MLP of {@code dMlp} hidden
 * units; there is no layer norm, and the activation is ReLU.
 *
 * @param layers layers, each an attention sub-layer then an MLP sub-layer
 * @param heads heads per layer
 * @param dModel the residual stream's width
 * @param dHead the width of each head's queries, keys and values
 * @param dMlp the MLPs' hidden width
 * @param dVocab input token ids: the beginning-of-sequence token (id 0) and the vocabulary
 * @param nCtx the longest input, the beginning-of-sequence token included
 * @param dVocabOut the read-out's width: one logit per value the output can take
 */
public record Config(
    int layers, int heads, int dModel, int dHead, int dMlp, int dVocab, int nCtx, int dVocabOut) {}
