package org.rasp4j.transformer.export;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.ir.ElementType;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.model.Config;
import org.rasp4j.transformer.model.Weights;

class TransformerLensConfigTest {
  @TempDir Path dir;

  @Test
  void sizesArchitectureAndRasp4jMetadata() throws Exception {
    Config c = new Config(2, 3, 5, 2, 7, 4, 6, 3);
    Weights w = TestModels.random(new Random(1), c, 1.0);
    CompiledTransformer t = new CompiledTransformer("reverse", w,
        List.of("one", "bos", "tokens:1", "tokens:2", "indices:0"), ElementType.INT,
        List.of(1, 2, 3), 5, "reverse", List.of(true, false, true));
    Path file = dir.resolve("config.json");
    TransformerLensConfig.write(t, file);
    JsonNode json = new ObjectMapper().readTree(file.toFile());

    List<String> fields = new ArrayList<>();
    json.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("model_name", "n_layers", "d_model", "d_head", "n_heads",
        "d_mlp", "d_vocab", "n_ctx", "d_vocab_out", "act_fn", "normalization_type", "attn_only",
        "positional_embedding_type", "use_attn_scale", "attention_dir", "original_architecture",
        "rasp4j");
    assertThat(json.get("model_name").asText()).isEqualTo("reverse");
    assertThat(json.get("n_layers").asInt()).isEqualTo(2);
    assertThat(json.get("n_heads").asInt()).isEqualTo(3);
    assertThat(json.get("d_model").asInt()).isEqualTo(5);
    assertThat(json.get("d_head").asInt()).isEqualTo(2);
    assertThat(json.get("d_mlp").asInt()).isEqualTo(7);
    assertThat(json.get("d_vocab").asInt()).isEqualTo(4);
    assertThat(json.get("n_ctx").asInt()).isEqualTo(6);
    assertThat(json.get("d_vocab_out").asInt()).isEqualTo(3);
    assertThat(json.get("act_fn").asText()).isEqualTo("relu");
    assertThat(json.get("normalization_type").isNull()).isTrue();
    assertThat(json.get("attn_only").isBoolean()).isTrue();
    assertThat(json.get("attn_only").asBoolean()).isFalse();
    assertThat(json.get("positional_embedding_type").asText()).isEqualTo("standard");
    assertThat(json.get("use_attn_scale").isBoolean()).isTrue();
    assertThat(json.get("use_attn_scale").asBoolean()).isFalse();
    assertThat(json.get("attention_dir").asText()).isEqualTo("bidirectional");
    assertThat(json.get("original_architecture").asText()).isEqualTo("rasp4j");

    JsonNode rasp = json.get("rasp4j");
    assertThat(rasp.get("name").asText()).isEqualTo("reverse");
    assertThat(rasp.get("residual_labels").toString())
        .isEqualTo("[\"one\",\"bos\",\"tokens:1\",\"tokens:2\",\"indices:0\"]");
    assertThat(rasp.get("vocabulary").toString()).isEqualTo("[1,2,3]");
    assertThat(rasp.get("token_type").asText()).isEqualTo("int");
    assertThat(rasp.get("bos_id").isInt()).isTrue();
    assertThat(rasp.get("bos_id").asInt()).isEqualTo(0);
    assertThat(rasp.get("max_seq_len").asInt()).isEqualTo(5);
    assertThat(rasp.get("output_name").asText()).isEqualTo("reverse");
    assertThat(rasp.get("output_values").toString()).isEqualTo("[true,false,true]");
    assertThat(rasp.get("readout").asText()).isEqualTo("argmax");
  }
}
