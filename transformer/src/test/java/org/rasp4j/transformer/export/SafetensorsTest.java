package org.rasp4j.transformer.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.ir.ElementType;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.model.Block;
import org.rasp4j.transformer.model.Config;
import org.rasp4j.transformer.model.Head;
import org.rasp4j.transformer.model.Matrix;
import org.rasp4j.transformer.model.Mlp;
import org.rasp4j.transformer.model.Weights;

class SafetensorsTest {
  @TempDir Path dir;

  /** 2 layers, 3 heads, every size different so a swapped dimension shows. */
  private static final Config CONFIG = new Config(2, 3, 5, 2, 7, 4, 6, 3);

  @Test
  void everyTensorHasTransformerLensNameShapeAndValues() throws Exception {
    long seed = 20250101L;
    Weights w = TestModels.random(new Random(seed), CONFIG, 1.0);
    Path file = dir.resolve("model.safetensors");
    Safetensors.write(TestModels.compiled("prog", w), file);
    SafetensorsReader r = new SafetensorsReader(file);

    List<String> names = new ArrayList<>(List.of("embed.W_E", "pos_embed.W_pos"));
    for (int l = 0; l < 2; l++) {
      for (String n : List.of("attn.W_Q", "attn.W_K", "attn.W_V", "attn.W_O", "attn.b_Q",
          "attn.b_K", "attn.b_V", "attn.b_O", "mlp.W_in", "mlp.b_in", "mlp.W_out", "mlp.b_out")) {
        names.add("blocks." + l + "." + n);
      }
    }
    names.add("unembed.W_U");
    names.add("unembed.b_U");
    assertThat(r.tensors.keySet()).containsExactlyElementsIn(names).inOrder();

    String why = "seed " + seed;
    check(r, "embed.W_E", new long[] {4, 5}, i -> w.tokenEmbedding().get(i[0], i[1]), why);
    check(r, "pos_embed.W_pos", new long[] {6, 5}, i -> w.positionEmbedding().get(i[0], i[1]), why);
    for (int l = 0; l < 2; l++) {
      Block b = w.blocks().get(l);
      String p = "blocks." + l + ".";
      check(r, p + "attn.W_Q", new long[] {3, 5, 2}, i -> b.heads().get(i[0]).wq().get(i[1], i[2]), why);
      check(r, p + "attn.W_K", new long[] {3, 5, 2}, i -> b.heads().get(i[0]).wk().get(i[1], i[2]), why);
      check(r, p + "attn.W_V", new long[] {3, 5, 2}, i -> b.heads().get(i[0]).wv().get(i[1], i[2]), why);
      check(r, p + "attn.W_O", new long[] {3, 2, 5}, i -> b.heads().get(i[0]).wo().get(i[1], i[2]), why);
      for (String bias : List.of("b_Q", "b_K", "b_V")) {
        check(r, p + "attn." + bias, new long[] {3, 2}, i -> 0.0, why);
      }
      check(r, p + "attn.b_O", new long[] {5}, i -> 0.0, why);
      check(r, p + "mlp.W_in", new long[] {5, 7}, i -> b.mlp().wIn().get(i[0], i[1]), why);
      check(r, p + "mlp.b_in", new long[] {7}, i -> b.mlp().bIn()[i[0]], why);
      check(r, p + "mlp.W_out", new long[] {7, 5}, i -> b.mlp().wOut().get(i[0], i[1]), why);
      check(r, p + "mlp.b_out", new long[] {5}, i -> b.mlp().bOut()[i[0]], why);
    }
    check(r, "unembed.W_U", new long[] {5, 3}, i -> w.unembed().get(i[0], i[1]), why);
    check(r, "unembed.b_U", new long[] {3}, i -> 0.0, why);
  }

  @Test
  void offsetsAreContiguousAndCoverTheDataAfterAnAlignedHeader() throws Exception {
    Weights w = TestModels.random(new Random(7), CONFIG, 1.0);
    Path file = dir.resolve("model.safetensors");
    Safetensors.write(TestModels.compiled("prog", w), file);
    SafetensorsReader r = new SafetensorsReader(file);

    assertThat(r.headerLength % 8).isEqualTo(0);
    assertThat(r.headerText).startsWith("{");
    // Only spaces pad the JSON.
    assertThat(r.headerText.substring(r.headerText.lastIndexOf('}') + 1).isBlank()).isTrue();
    assertThat(r.headerText.substring(r.headerText.lastIndexOf('}') + 1).replace(" ", ""))
        .isEmpty();
    List<SafetensorsReader.Entry> byOffset = new ArrayList<>(r.tensors.values());
    byOffset.sort(Comparator.comparingLong(SafetensorsReader.Entry::begin));
    long expectedBegin = 0;
    for (SafetensorsReader.Entry e : byOffset) {
      assertThat(e.begin()).isEqualTo(expectedBegin);
      long elements = 1;
      for (long d : e.shape()) {
        elements *= d;
      }
      assertThat(e.end() - e.begin()).isEqualTo(8 * elements);
      expectedBegin = e.end();
    }
    assertThat(expectedBegin).isEqualTo(r.dataLength);
  }

  @Test
  void metadataCarriesLabelsVocabularyBosLengthAndOutputs() throws Exception {
    Weights w = TestModels.random(new Random(3), CONFIG, 1.0);
    CompiledTransformer t = new CompiledTransformer("hist", w, List.of("one", "bos", "tokens:a",
        "tokens:b", "indices:0"), ElementType.CHAR, List.of('a', 'b', 'c'), 5, "hist",
        List.of(1, 2, 3));
    Path file = dir.resolve("model.safetensors");
    Safetensors.write(t, file);
    Map<String, String> m = new SafetensorsReader(file).metadata;

    ObjectMapper json = new ObjectMapper();
    assertThat(m.get("name")).isEqualTo("hist");
    assertThat(json.readValue(m.get("residual_labels"), List.class))
        .containsExactly("one", "bos", "tokens:a", "tokens:b", "indices:0").inOrder();
    assertThat(m.get("vocabulary")).isEqualTo("[\"a\",\"b\",\"c\"]");
    assertThat(m.get("token_type")).isEqualTo("char");
    assertThat(m.get("bos_id")).isEqualTo("0");
    assertThat(m.get("max_seq_len")).isEqualTo("5");
    assertThat(m.get("output_name")).isEqualTo("hist");
    assertThat(m.get("output_values")).isEqualTo("[1,2,3]");
    assertThat(m.get("readout")).isEqualTo("argmax");
  }

  @Test
  void bytesAreLittleEndianFloat64() throws Exception {
    // One of everything; embed.W_E (the first tensor) holds 1.5 = 0x3FF8000000000000.
    Config c = new Config(0, 1, 1, 1, 1, 1, 1, 1);
    Weights w = new Weights(c, new Matrix(1, 1, new double[] {1.5}), Matrix.zeros(1, 1),
        List.of(), Matrix.zeros(1, 1));
    Path file = dir.resolve("tiny.safetensors");
    Safetensors.write(w, Map.of(), file);
    byte[] bytes = Files.readAllBytes(file);
    long headerLength = (bytes[0] & 0xff) | (bytes[1] & 0xff) << 8 | (bytes[2] & 0xff) << 16;
    int data = (int) (8 + headerLength);
    assertThat(java.util.Arrays.copyOfRange(bytes, data, data + 8))
        .isEqualTo(new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xf8, 0x3f});
    // embed.W_E, pos_embed.W_pos, unembed.W_U, unembed.b_U: one double each.
    assertThat(bytes.length).isEqualTo(data + 4 * 8);
  }

  @Test
  void weightsThatDisagreeWithTheirConfigAreRefused() {
    Weights w = TestModels.random(new Random(11), CONFIG, 1.0);
    Block first = w.blocks().get(0);
    List<Head> twoHeads = first.heads().subList(0, 2);
    Weights missingHead = new Weights(CONFIG, w.tokenEmbedding(), w.positionEmbedding(),
        List.of(new Block(twoHeads, first.mlp()), w.blocks().get(1)), w.unembed());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Safetensors.write(missingHead, Map.of(), dir.resolve("bad.safetensors")));
    assertThat(e).hasMessageThat().contains("layer 0 has 2 heads");

    Mlp narrow = new Mlp(Matrix.zeros(5, 6), new double[6], Matrix.zeros(6, 5), new double[5]);
    Weights narrowMlp = new Weights(CONFIG, w.tokenEmbedding(), w.positionEmbedding(),
        List.of(new Block(first.heads(), narrow), w.blocks().get(1)), w.unembed());
    e = assertThrows(IllegalArgumentException.class,
        () -> Safetensors.write(narrowMlp, Map.of(), dir.resolve("bad.safetensors")));
    assertThat(e).hasMessageThat().contains("blocks.0.mlp.W_in is 5x6");
  }

  /** The value a tensor should hold at a multi-index. */
  private interface Expected {
    double at(int[] index);
  }

  private static void check(
      SafetensorsReader r, String name, long[] shape, Expected expected, String why) {
    SafetensorsReader.Entry e = r.tensors.get(name);
    assertWithMessage(name).that(e.dtype()).isEqualTo("F64");
    assertWithMessage(name).that(e.shape()).isEqualTo(shape);
    int[] index = new int[shape.length];
    for (int flat = 0; flat < e.values().length; flat++) {
      int rest = flat;
      for (int d = shape.length - 1; d >= 0; d--) {
        index[d] = (int) (rest % shape[d]);
        rest /= (int) shape[d];
      }
      assertWithMessage("%s at %s (%s)", name, java.util.Arrays.toString(index), why)
          .that(e.values()[flat]).isEqualTo(expected.at(index));
    }
  }
}
