package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.samples.Catalog;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.Domain;
import org.rasp4j.transformer.TransformerCompiler;
import org.rasp4j.transformer.export.Onnx;
import org.rasp4j.transformer.export.onnx.OnnxProto.ModelProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.StringStringEntryProto;
import org.rasp4j.transformer.model.Config;

/**
 * {@code compile}: the files it writes, read back as ONNX (the generated protobuf classes) and as
 * safetensors (its byte layout read here by hand), its summary line, and its errors.
 */
class CompileCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private JsonNode compileOk(String... args) throws Exception {
    CommandLine result = CommandLine.runIn(dir, args);
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).endsWith("}\n");
    assertThat(result.out().strip()).doesNotContain("\n");
    return JSON.readTree(result.out());
  }

  private void assertError(String[] args, String... fragments) {
    CommandLine result = CommandLine.runIn(dir, args);
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("rasp4j: ");
    assertThat(result.err().strip()).doesNotContain("\n");
    for (String fragment : fragments) {
      assertThat(result.err()).contains(fragment);
    }
  }

  private static CompiledTransformer compiled(String program, Domain domain) {
    return TransformerCompiler.compile(Catalog.find(program).orElseThrow(), domain);
  }

  /** The summary {@code compile} should print for a model, written out here member by member. */
  private static String summary(String program, CompiledTransformer model, String file) {
    Config c = model.weights().config();
    return "{\"program\":\"" + program + "\",\"layers\":" + c.layers() + ",\"heads\":" + c.heads()
        + ",\"dModel\":" + c.dModel() + ",\"dHead\":" + c.dHead() + ",\"mlpHidden\":" + c.dMlp()
        + ",\"file\":\"" + file + "\"}";
  }

  private static Map<String, String> metadata(ModelProto model) {
    Map<String, String> metadata = new HashMap<>();
    for (StringStringEntryProto entry : model.getMetadataPropsList()) {
      metadata.put(entry.getKey(), entry.getValue());
    }
    return metadata;
  }

  @Test
  void onnxWritesTheModelForTheDomainGiven() throws Exception {
    JsonNode line =
        compileOk("compile", "reverse", "--max-len", "4", "--vocab", "abcd", "--onnx", "rev.onnx");
    CompiledTransformer expected = compiled("reverse", Domain.ofChars("abcd", 4));
    assertThat(line.toString()).isEqualTo(summary("reverse", expected, "rev.onnx"));
    // Reverse: the length (a selector width) in layer 1, the move in layer 2, a head each.
    assertThat(line.get("layers").asInt()).isEqualTo(2);
    assertThat(line.get("heads").asInt()).isEqualTo(1);
    byte[] bytes = Files.readAllBytes(dir.resolve("rev.onnx"));
    ModelProto model = ModelProto.parseFrom(bytes);
    assertThat(model.getIrVersion()).isEqualTo(8);
    assertThat(model.getOpsetImport(0).getVersion()).isEqualTo(17);
    assertThat(model.getGraph().getNodeCount()).isGreaterThan(0);
    assertThat(model.getGraph().getInitializerCount()).isGreaterThan(0);
    assertThat(metadata(model)).containsEntry("name", "reverse");
    assertThat(metadata(model)).containsEntry("max_seq_len", "4");
    assertThat(JSON.readTree(metadata(model).get("vocabulary")).toString())
        .isEqualTo("[\"a\",\"b\",\"c\",\"d\"]");
    // The very model the library writes for that domain.
    assertThat(Arrays.equals(bytes, Onnx.toBytes(expected))).isTrue();
  }

  @Test
  void safetensorsWritesTheWeightsAndConfigJsonBesideThem() throws Exception {
    Files.createDirectories(dir.resolve("model"));
    Path file = Path.of("model", "dyck1.safetensors");
    JsonNode line =
        compileOk("compile", "dyck1", "--max-len", "3", "--safetensors", file.toString());
    // dyck1 has a vocabulary, "()": no --vocab needed.
    CompiledTransformer expected = compiled("dyck1", Domain.ofChars("()", 3));
    Config c = expected.weights().config();
    assertThat(line.toString()).isEqualTo(summary("dyck1", expected, file.toString()));

    byte[] bytes = Files.readAllBytes(dir.resolve(file));
    long headerLength =
        ByteBuffer.wrap(bytes, 0, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    assertThat(headerLength % 8).isEqualTo(0);
    JsonNode header =
        JSON.readTree(new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8));
    // Token ids: 0 is the beginning of sequence, then '(' and ')'.
    JsonNode embed = header.get("embed.W_E");
    assertThat(embed.get("dtype").asText()).isEqualTo("F64");
    assertThat(embed.get("shape").toString()).isEqualTo("[3," + c.dModel() + "]");
    assertThat(header.get("__metadata__").get("name").asText()).isEqualTo("dyck1");
    assertThat(header.get("__metadata__").get("vocabulary").asText()).isEqualTo("[\"(\",\")\"]");
    long end = 0;
    for (JsonNode tensor : header) {
      if (tensor.has("data_offsets")) {
        end = Math.max(end, tensor.get("data_offsets").get(1).asLong());
      }
    }
    assertThat((long) bytes.length).isEqualTo(8 + headerLength + end);

    JsonNode config = JSON.readTree(dir.resolve("model").resolve("config.json").toFile());
    assertThat(config.get("n_layers").asInt()).isEqualTo(line.get("layers").asInt());
    assertThat(config.get("d_model").asInt()).isEqualTo(line.get("dModel").asInt());
    assertThat(config.get("d_mlp").asInt()).isEqualTo(line.get("mlpHidden").asInt());
    assertThat(config.get("d_vocab").asInt()).isEqualTo(3);
    assertThat(config.get("n_ctx").asInt()).isEqualTo(4);
  }

  @Test
  void aProgramOfEitherTokenTypeTakesItsTypeFromTheVocabulary() throws Exception {
    for (String ints : List.of("1,2,3", "[1,2,3]", " 1, 2 ,3")) {
      compileOk("compile", "minimum", "--max-len", "3", "--vocab", ints, "--onnx", "min.onnx");
      ModelProto model = ModelProto.parseFrom(Files.readAllBytes(dir.resolve("min.onnx")));
      assertThat(metadata(model)).containsEntry("token_type", "int");
      assertThat(metadata(model)).containsEntry("vocabulary", "[1,2,3]");
    }
    compileOk("compile", "minimum", "--max-len", "3", "--vocab", "xyz", "--onnx", "min.onnx");
    ModelProto model = ModelProto.parseFrom(Files.readAllBytes(dir.resolve("min.onnx")));
    assertThat(metadata(model)).containsEntry("token_type", "char");
    assertThat(metadata(model)).containsEntry("vocabulary", "[\"x\",\"y\",\"z\"]");
  }

  @Test
  void aUsersProgram() throws Exception {
    JsonNode line =
        compileOk(
            "compile",
            "org.rasp4j.samples.cli.user.Palindromes#palindrome",
            "--max-len",
            "3",
            "--onnx",
            "palindrome.onnx");
    assertThat(line.get("program").asText()).isEqualTo("palindrome");
    ModelProto model = ModelProto.parseFrom(Files.readAllBytes(dir.resolve("palindrome.onnx")));
    // Its @RaspProgram vocabulary, the alphabet.
    assertThat(JSON.readTree(metadata(model).get("vocabulary")).size()).isEqualTo(26);
  }

  @Test
  void aProgramThatAcceptsAnyTokenNeedsVocab() {
    assertError(
        new String[] {"compile", "reverse", "--max-len", "3", "--onnx", "r.onnx"},
        "reverse accepts any token: give --vocab");
    assertThat(Files.exists(dir.resolve("r.onnx"))).isFalse();
  }

  @Test
  void exactlyOneOfOnnxAndSafetensors() {
    assertError(
        new String[] {
          "compile", "dyck1", "--max-len", "3", "--onnx", "a.onnx", "--safetensors", "b.st"
        },
        "compile: --onnx=FILE, --safetensors=FILE are mutually exclusive",
        "'compile --help' shows its usage");
    assertError(
        new String[] {"compile", "dyck1", "--max-len", "3"},
        "compile: needs one of --onnx FILE or --safetensors FILE");
    assertError(
        new String[] {"compile", "dyck1", "--max-len", "3", "--onnx"}, "compile: --onnx needs FILE");
    assertThat(Files.exists(dir.resolve("a.onnx"))).isFalse();
  }

  @Test
  void otherMistakes() {
    assertError(
        new String[] {"compile", "dyck1", "--onnx", "a.onnx"}, "compile: missing --max-len N");
    assertError(
        new String[] {"compile", "dyck1", "--max-len", "0", "--onnx", "a.onnx"},
        "--max-len must be at least 1");
    assertError(
        new String[] {"compile", "dyck1", "--max-len", "3", "--safetensors", "config.json"},
        "--safetensors cannot be named config.json");
    assertError(
        new String[] {"compile", "dyck1", "--max-len", "3", "--onnx", "nowhere/a.onnx"},
        "cannot write nowhere/a.onnx: no directory");
    assertError(
        new String[] {"compile", "nope", "--max-len", "3", "--onnx", "a.onnx"},
        "unknown program 'nope'");
    assertError(
        new String[] {"compile", "cumsum", "--max-len", "3", "--vocab", "1,a", "--onnx", "a.onnx"},
        "--vocab: 'a' is not an int");
  }

  @Test
  void whatTheCompilerCannotExpressIsOneLine() {
    // Sums of up to 90 of 1..100: more distinct values than the compiler's head can tell apart.
    StringBuilder vocab = new StringBuilder("1");
    for (int i = 2; i <= 100; i++) {
      vocab.append(',').append(i);
    }
    assertError(
        new String[] {
          "compile", "cumsum", "--max-len", "90", "--vocab", vocab.toString(), "--onnx", "c.onnx"
        },
        "aggregate 'cumsum'",
        "use a smaller vocabulary or length");
  }

  @Test
  void theHelpAndTheTopCommandList() {
    CommandLine help = CommandLine.run("compile", "--help");
    assertThat(help.status()).isEqualTo(0);
    assertThat(help.out())
        .contains("compile [-h] --max-len=N [--vocab=V]\n       (--onnx=FILE | --safetensors=FILE)"
            + " PROGRAM");
    assertThat(CommandLine.run("help").out())
        .contains("\n  compile   the program as transformer weights, written to an ONNX or a"
            + " safetensors file\n");
  }
}
