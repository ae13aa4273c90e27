package org.rasp4j.transformer.export;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rasp4j.transformer.CompiledTransformer;

/**
 * What a reader of an exported file needs besides the weights, as string pairs: safetensors'
 * {@code __metadata__} and ONNX's {@code metadata_props} hold only strings, so lists are JSON.
 * Token id {@code i + 1} is {@code vocabulary[i]}; id {@link #BOS_ID} starts every input.
 */
final class ExportMetadata {
  /** The beginning-of-sequence token's id, which every input starts with. */
  static final int BOS_ID = 0;

  /** The program's name. */
  static final String NAME = "name";
  /** A JSON array of strings: one label per residual dimension. */
  static final String RESIDUAL_LABELS = "residual_labels";
  /** A JSON array: the tokens, id 1 first. */
  static final String VOCABULARY = "vocabulary";
  /** The tokens' Java type: int, boolean, char, double or String (char tokens are JSON strings). */
  static final String TOKEN_TYPE = "token_type";
  /** The beginning-of-sequence id, "0". */
  static final String BOS = "bos_id";
  /** The longest input, without the beginning-of-sequence token, in decimal. */
  static final String MAX_SEQ_LEN = "max_seq_len";
  /** The output SOp's name. */
  static final String OUTPUT_NAME = "output_name";
  /** A JSON array: the value of each logit, in order. */
  static final String OUTPUT_VALUES = "output_values";
  /**
   * How the logits give the output: "argmax" (the value of the largest logit above 0.5) or
   * "nearest" (one logit, the number; the output value nearest to it).
   */
  static final String READOUT = "readout";

  private ExportMetadata() {}

  /** {@return the metadata of a compiled transformer, in a fixed order} */
  static Map<String, String> of(CompiledTransformer t) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(NAME, t.name());
    m.put(RESIDUAL_LABELS, Json.of(t.residualLabels()));
    m.put(VOCABULARY, Json.of(t.vocabulary()));
    m.put(TOKEN_TYPE, t.tokenType().toString());
    m.put(BOS, Integer.toString(BOS_ID));
    m.put(MAX_SEQ_LEN, Integer.toString(t.maxSeqLen()));
    m.put(OUTPUT_NAME, t.outputName());
    m.put(OUTPUT_VALUES, Json.of(t.outputValues()));
    m.put(READOUT, t.readout().name().toLowerCase(java.util.Locale.ROOT));
    return m;
  }
}
