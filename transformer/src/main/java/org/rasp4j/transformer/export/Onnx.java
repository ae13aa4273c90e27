package org.rasp4j.transformer.export;

import static org.rasp4j.transformer.export.OnnxGraphBuilder.intAttribute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.export.onnx.OnnxProto.GraphProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.ModelProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.OperatorSetIdProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.StringStringEntryProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.TensorProto;
import org.rasp4j.transformer.model.Config;
import org.rasp4j.transformer.model.Weights;

/**
 * Writes a transformer as an ONNX model (IR version 8, operator set 17) that computes what {@link
 * org.rasp4j.transformer.ForwardPass} computes, in float64, for a batch of inputs of one length.
 *
 * <p>Input {@code tokens}: int64 {@code [batch, seq]}, token ids with the beginning-of-sequence id 0
 * first ({@link CompiledTransformer#encode} makes one row). Outputs: {@code residual}, float64
 * {@code [batch, seq, d_model]}, the residual stream after the last layer, and {@code logits},
 * float64 {@code [batch, seq, d_vocab_out]}. The constants carry {@link Safetensors}' tensor names
 * ({@code embed.W_E}, {@code blocks.0.attn.W_Q}, ...; the zero biases are left out). Each layer
 * runs all its heads at once: the residual, given a head axis, is multiplied by {@code W_Q},
 * {@code W_K}, {@code W_V} ({@code [n_heads, d_model, d_head]}), the unscaled scores {@code Q·Kᵀ}
 * go through a softmax over the keys, weigh {@code V}, are multiplied by {@code W_O} and summed over
 * the heads; then the ReLU MLP. The model's {@code metadata_props} are {@link Safetensors}'
 * metadata: residual labels, vocabulary, beginning-of-sequence id, longest input, output name and
 * output values.
 */
public final class Onnx {
  /** ONNX's intermediate-representation version of operator set 17 (ONNX 1.12). */
  static final long IR_VERSION = 8;

  /** The default domain's operator set: Softmax over one axis, Shape with start, axes inputs. */
  static final long OPSET = 17;

  private Onnx() {}

  /**
   * Writes a compiled transformer, its labels, vocabulary and outputs as model metadata.
   *
   * @param transformer the compiled transformer
   * @param file the file to create or replace
   * @throws IOException when the file cannot be written
   * @throws IllegalArgumentException when a matrix's shape disagrees with the config
   */
  public static void write(CompiledTransformer transformer, Path file) throws IOException {
    Files.write(file, toBytes(transformer));
  }

  /**
   * {@return a compiled transformer as the bytes of an ONNX file}
   *
   * @param transformer the compiled transformer
   * @throws IllegalArgumentException when a matrix's shape disagrees with the config
   */
  public static byte[] toBytes(CompiledTransformer transformer) {
    return toBytes(transformer.name(), transformer.weights(), ExportMetadata.of(transformer));
  }

  /**
   * {@return weights as the bytes of an ONNX file}
   *
   * @param name the graph's name
   * @param weights the weights
   * @param metadata the model's {@code metadata_props}, in order
   * @throws IllegalArgumentException when a matrix's shape disagrees with the config
   */
  public static byte[] toBytes(String name, Weights weights, Map<String, String> metadata) {
    ModelProto.Builder model = ModelProto.newBuilder()
        .setIrVersion(IR_VERSION)
        .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
        .setProducerName("rasp4j")
        .setDocString("A RASP program compiled to a transformer by rasp4j: tokens (BOS id 0 first)"
            + " in, the residual stream and the logits out.")
        .setGraph(graph(name, weights));
    metadata.forEach((k, v) ->
        model.addMetadataProps(StringStringEntryProto.newBuilder().setKey(k).setValue(v)));
    return model.build().toByteArray();
  }

  private static GraphProto graph(String name, Weights weights) {
    Config c = weights.config();
    Map<String, Tensor> tensors = new HashMap<>();
    for (Tensor t : StateDict.of(weights)) {
      tensors.put(t.name(), t);
    }
    OnnxGraphBuilder g = new OnnxGraphBuilder(name);
    int f64 = TensorProto.DataType.DOUBLE_VALUE;
    g.input("tokens", TensorProto.DataType.INT64_VALUE, "batch", "seq");
    g.output("residual", f64, "batch", "seq", (long) c.dModel());
    g.output("logits", f64, "batch", "seq", (long) c.dVocabOut());
    g.int64s("const.zero", 0);
    g.int64s("const.one", 1);

    // Embedding: the tokens' rows plus the first seq rows of the position embedding.
    g.initializer(tensors.get("embed.W_E"));
    g.initializer(tensors.get("pos_embed.W_pos"));
    String embed = g.node("Gather", "embed", List.of("embed.W_E", "tokens"),
        intAttribute("axis", 0));
    String seq = g.node("Shape", "seq_len", List.of("tokens"), intAttribute("start", 1));
    String pos = g.node("Slice", "pos_embed", List.of("pos_embed.W_pos", "const.zero", seq,
        "const.zero"));
    String x = g.node("Add", "resid_0", List.of(embed, pos));

    for (int l = 0; l < c.layers(); l++) {
      String p = "blocks." + l + ".";
      if (c.heads() > 0) {
        for (String w : List.of("W_Q", "W_K", "W_V", "W_O")) {
          g.initializer(tensors.get(p + "attn." + w));
        }
        // [batch, 1, seq, d_model] times [heads, d_model, d_head]: every head at once.
        String xh = g.node("Unsqueeze", p + "attn.input", List.of(x, "const.one"));
        String q = g.node("MatMul", p + "attn.q", List.of(xh, p + "attn.W_Q"));
        String k = g.node("MatMul", p + "attn.k", List.of(xh, p + "attn.W_K"));
        String v = g.node("MatMul", p + "attn.v", List.of(xh, p + "attn.W_V"));
        // Q·Kᵀ as an Einsum, not MatMul(Q, Transpose(K)): ONNX Runtime's optimizer fuses that
        // pair into its FusedMatMul, which has no float64 kernel, and the session fails to load.
        String scores = g.node("Einsum", p + "attn.scores", List.of(q, k),
            OnnxGraphBuilder.stringAttribute("equation", "bhqd,bhkd->bhqk"));
        String pattern = g.node("Softmax", p + "attn.pattern", List.of(scores),
            intAttribute("axis", -1));
        String z = g.node("MatMul", p + "attn.z", List.of(pattern, v));
        String perHead = g.node("MatMul", p + "attn.result", List.of(z, p + "attn.W_O"));
        String attnOut = g.node("ReduceSum", p + "attn_out", List.of(perHead, "const.one"),
            intAttribute("keepdims", 0));
        x = g.node("Add", p + "resid_mid", List.of(x, attnOut));
      }
      g.initializer(tensors.get(p + "mlp.b_out"));
      String mlpOut = p + "mlp.b_out";
      if (c.dMlp() > 0) {
        for (String w : List.of("W_in", "b_in", "W_out")) {
          g.initializer(tensors.get(p + "mlp." + w));
        }
        String pre = g.node("MatMul", p + "mlp.pre_linear", List.of(x, p + "mlp.W_in"));
        String preBiased = g.node("Add", p + "mlp.pre", List.of(pre, p + "mlp.b_in"));
        String post = g.node("Relu", p + "mlp.post", List.of(preBiased));
        String out = g.node("MatMul", p + "mlp.out_linear", List.of(post, p + "mlp.W_out"));
        mlpOut = g.node("Add", p + "mlp_out", List.of(out, p + "mlp.b_out"));
      }
      // With no hidden units the MLP still adds its output bias, as the forward pass does.
      x = g.node("Add", p + "resid_post", List.of(x, mlpOut));
    }
    g.node("Identity", "residual", List.of(x));
    g.initializer(tensors.get("unembed.W_U"));
    g.node("MatMul", "logits", List.of("residual", "unembed.W_U"));
    return g.build();
  }
}
