package org.rasp4j.transformer.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.model.Weights;

/**
 * Writes weights as a safetensors file of float64 ({@code F64}) tensors, named and shaped as
 * TransformerLens's {@code HookedTransformer} state dict: {@code embed.W_E [d_vocab, d_model]},
 * {@code pos_embed.W_pos [n_ctx, d_model]}, per layer {@code l} {@code blocks.l.attn.W_Q/W_K/W_V
 * [n_heads, d_model, d_head]}, {@code blocks.l.attn.W_O [n_heads, d_head, d_model]}, zero biases
 * {@code blocks.l.attn.b_Q/b_K/b_V [n_heads, d_head]} and {@code blocks.l.attn.b_O [d_model]},
 * {@code blocks.l.mlp.W_in [d_model, d_mlp]}, {@code b_in [d_mlp]}, {@code W_out [d_mlp,
 * d_model]}, {@code b_out [d_model]}, then {@code unembed.W_U [d_model, d_vocab_out]} and a zero
 * {@code unembed.b_U [d_vocab_out]}.
 *
 * <p>The file is the safetensors layout: an 8-byte little-endian header length, the JSON header
 * (each tensor's {@code dtype}, {@code shape} and {@code data_offsets}, contiguous in the order
 * above, and {@code __metadata__}), padded with spaces to a multiple of 8 bytes, then the tensors'
 * little-endian bytes. A compiled transformer's metadata holds {@code name}, {@code
 * residual_labels} (JSON array), {@code vocabulary} (JSON array, token id 1 first), {@code
 * token_type}, {@code bos_id} ({@code 0}), {@code max_seq_len} (without the beginning-of-sequence
 * token), {@code output_name}, {@code output_values} (JSON array, one per logit) and {@code readout}.
 */
public final class Safetensors {
  private static final int ALIGNMENT = 8;

  private Safetensors() {}

  /**
   * Writes a compiled transformer's weights, with its labels, vocabulary and outputs as metadata.
   *
   * @param transformer the compiled transformer
   * @param file the file to create or replace
   * @throws IOException when the file cannot be written
   * @throws IllegalArgumentException when a matrix's shape disagrees with the config
   */
  public static void write(CompiledTransformer transformer, Path file) throws IOException {
    write(transformer.weights(), ExportMetadata.of(transformer), file);
  }

  /**
   * Writes weights with any string metadata.
   *
   * @param weights the weights
   * @param metadata the {@code __metadata__} entries, in order
   * @param file the file to create or replace
   * @throws IOException when the file cannot be written
   * @throws IllegalArgumentException when a matrix's shape disagrees with the config
   */
  public static void write(Weights weights, Map<String, String> metadata, Path file)
      throws IOException {
    List<Tensor> tensors = StateDict.of(weights);
    byte[] header = header(tensors, metadata);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      out.write(ByteBuffer.allocate(Long.BYTES).order(ByteOrder.LITTLE_ENDIAN)
          .putLong(header.length).array());
      out.write(header);
      ByteBuffer chunk = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
      for (Tensor t : tensors) {
        for (double d : t.data()) {
          if (!chunk.hasRemaining()) {
            out.write(chunk.array(), 0, chunk.position());
            chunk.clear();
          }
          chunk.putDouble(d);
        }
      }
      out.write(chunk.array(), 0, chunk.position());
    }
  }

  /** The JSON header, UTF-8, padded with spaces so the data starts at a multiple of 8 bytes. */
  private static byte[] header(List<Tensor> tensors, Map<String, String> metadata) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("__metadata__", new LinkedHashMap<>(metadata));
    long offset = 0;
    for (Tensor t : tensors) {
      long end = offset + (long) t.data().length * Double.BYTES;
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("dtype", "F64");
      entry.put("shape", t.shape());
      entry.put("data_offsets", new long[] {offset, end});
      if (json.put(t.name(), entry) != null) {
        throw new IllegalStateException("two tensors named " + t.name());
      }
      offset = end;
    }
    byte[] text = Json.of(json).getBytes(StandardCharsets.UTF_8);
    // The length field is 8 bytes, so padding the header itself aligns the data.
    int padded = (text.length + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
    byte[] out = new byte[padded];
    System.arraycopy(text, 0, out, 0, text.length);
    Arrays.fill(out, text.length, padded, (byte) ' ');
    return out;
  }
}
