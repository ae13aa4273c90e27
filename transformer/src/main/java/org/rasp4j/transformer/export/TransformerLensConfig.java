package org.rasp4j.transformer.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.model.Config;

/**
 * Writes the {@code config.json} that makes a TransformerLens {@code HookedTransformerConfig} of
 * our architecture, so the {@link Safetensors} weights load into a {@code HookedTransformer} that
 * computes what {@link org.rasp4j.transformer.ForwardPass} computes.
 *
 * <p>Besides the sizes ({@code n_layers}, {@code d_model}, {@code d_head}, {@code n_heads},
 * {@code d_mlp}, {@code d_vocab}, {@code n_ctx}, {@code d_vocab_out}) it fixes what differs from
 * TransformerLens's defaults: {@code act_fn} {@code "relu"}, no layer norm ({@code
 * normalization_type} null), {@code use_attn_scale} false (our scores are unscaled) and {@code
 * attention_dir} {@code "bidirectional"} (every position attends to every position; the default is
 * causal). {@code original_architecture} is {@code "rasp4j"}, and the object {@code rasp4j} holds
 * the program's name, residual labels, vocabulary, token type, beginning-of-sequence id, longest
 * input, output name and output values, as JSON values.
 */
public final class TransformerLensConfig {
  private TransformerLensConfig() {}

  /**
   * Writes {@code config.json}.
   *
   * @param transformer the compiled transformer
   * @param file the file to create or replace
   * @throws IOException when the file cannot be written
   */
  public static void write(CompiledTransformer transformer, Path file) throws IOException {
    Files.writeString(file, toJson(transformer), StandardCharsets.UTF_8);
  }

  /**
   * {@return the config as indented JSON}
   *
   * @param transformer the compiled transformer
   */
  public static String toJson(CompiledTransformer transformer) {
    Config c = transformer.weights().config();
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("model_name", transformer.name());
    json.put("n_layers", c.layers());
    json.put("d_model", c.dModel());
    json.put("d_head", c.dHead());
    json.put("n_heads", c.heads());
    json.put("d_mlp", c.dMlp());
    json.put("d_vocab", c.dVocab());
    json.put("n_ctx", c.nCtx());
    json.put("d_vocab_out", c.dVocabOut());
    json.put("act_fn", "relu");
    json.putNull("normalization_type");
    json.put("attn_only", false);
    json.put("positional_embedding_type", "standard");
    json.put("use_attn_scale", false);
    json.put("attention_dir", "bidirectional");
    json.put("original_architecture", "rasp4j");
    ObjectNode rasp = json.putObject("rasp4j");
    rasp.put(ExportMetadata.NAME, transformer.name());
    rasp.set(ExportMetadata.RESIDUAL_LABELS, Json.MAPPER.valueToTree(transformer.residualLabels()));
    rasp.set(ExportMetadata.VOCABULARY, Json.MAPPER.valueToTree(transformer.vocabulary()));
    rasp.put(ExportMetadata.TOKEN_TYPE, transformer.tokenType().toString());
    rasp.put(ExportMetadata.BOS, ExportMetadata.BOS_ID);
    rasp.put(ExportMetadata.MAX_SEQ_LEN, transformer.maxSeqLen());
    rasp.put(ExportMetadata.OUTPUT_NAME, transformer.outputName());
    rasp.set(ExportMetadata.OUTPUT_VALUES, Json.MAPPER.valueToTree(transformer.outputValues()));
    rasp.put(ExportMetadata.READOUT, transformer.readout().name().toLowerCase(java.util.Locale.ROOT));
    return Json.pretty(json) + "\n";
  }
}
