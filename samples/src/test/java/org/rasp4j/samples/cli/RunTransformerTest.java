package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.samples.Catalog;
import org.rasp4j.transformer.Domain;
import org.rasp4j.transformer.TransformerCompiler;
import org.rasp4j.transformer.model.Config;

/**
 * {@code run --transformer}: the forward pass of the compiled transformer prints the line the
 * interpreter prints, but for the evaluator and the transformer's sizes; and its own errors are
 * one line.
 */
class RunTransformerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String PALINDROME = "org.rasp4j.samples.cli.user.Palindromes#palindrome";

  private static ObjectNode runOk(String... args) throws Exception {
    CommandLine result = CommandLine.run(args);
    assertWithMessage("%s", List.of(args)).that(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out().strip()).doesNotContain("\n");
    return (ObjectNode) JSON.readTree(result.out());
  }

  private static void assertError(CommandLine result, String... fragments) {
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("rasp4j: ");
    assertThat(result.err().strip()).doesNotContain("\n");
    for (String fragment : fragments) {
      assertThat(result.err()).contains(fragment);
    }
  }

  /** The sizes the compiler gives on a domain written out here, as the CLI should print them. */
  private static JsonNode sizes(String program, Domain domain) throws Exception {
    Config c =
        TransformerCompiler.compile(Catalog.find(program).orElseThrow(), domain)
            .weights()
            .config();
    return JSON.readTree(
        "{\"layers\":"
            + c.layers()
            + ",\"heads\":"
            + c.heads()
            + ",\"dModel\":"
            + c.dModel()
            + ",\"mlpHidden\":"
            + c.dMlp()
            + "}");
  }

  @Test
  void theForwardPassPrintsTheInterpretersLine() throws Exception {
    String[][] runs = {
      {"reverse", "abc"},
      {"length", "abc"},
      {"tracr_frac_prevs", "hello"},
      {"tracr_sort", "[3, 1, 2]"},
      {"hist_bos", "§aab"},
      {"minimum", "[5, 3, 2, 5, 2]"},
      {PALINDROME, "abca"},
    };
    for (String[] run : runs) {
      ObjectNode interpreted = runOk("run", "--interpreter", run[0], run[1]);
      ObjectNode transformed = runOk("run", "--transformer", run[0], run[1]);
      assertWithMessage("%s %s", run[0], run[1])
          .that(transformed.get("evaluator").asText())
          .isEqualTo("transformer");
      JsonNode sizes = transformed.remove("transformer");
      assertThat(sizes).isNotNull();
      assertThat(List.of(sizes.fieldNames().next())).containsExactly("layers");
      interpreted.put("evaluator", "transformer");
      // Member order included: the line is run's line with the transformer appended.
      assertWithMessage("%s %s", run[0], run[1])
          .that(JSON.writeValueAsString(transformed))
          .isEqualTo(JSON.writeValueAsString(interpreted));
    }
  }

  @Test
  void outputsWorkedOutByHand() throws Exception {
    assertThat(runOk("run", "--transformer", "reverse", "abc").get("output").toString())
        .isEqualTo("[\"c\",\"b\",\"a\"]");
    assertThat(runOk("run", "--transformer", "length", "abc").get("output").toString())
        .isEqualTo("[3,3,3]");
    // The fraction of 'l's up to each position: 0/1, 1/2, 2/3.
    assertThat(runOk("run", "--transformer", "tracr_frac_prevs", "all").get("output").toString())
        .isEqualTo("[0.0,0.5," + (2.0 / 3) + "]");
  }

  @Test
  void theDefaultDomainIsTheInputsTokensAndLength() throws Exception {
    ObjectNode reverse = runOk("run", "--transformer", "reverse", "abca");
    // Reverse computes the length (a selector width, layer 1), then moves each token (layer 2).
    assertThat(reverse.get("transformer").get("layers").asInt()).isEqualTo(2);
    assertThat(reverse.get("transformer").get("heads").asInt()).isEqualTo(1);
    assertThat(reverse.get("transformer")).isEqualTo(sizes("reverse", Domain.ofChars("abc", 4)));
    // A program with a vocabulary is compiled for all of it, however few of it the input uses.
    assertThat(runOk("run", "--transformer", "dyck1", "((").get("transformer"))
        .isEqualTo(sizes("dyck1", Domain.ofChars("()", 2)));
    assertThat(runOk("run", "--transformer", "minimum", "[5, 3, 5]").get("transformer"))
        .isEqualTo(sizes("minimum", Domain.ofInts(3, 5, 3)));
  }

  @Test
  void maxLenAndVocabChooseTheDomain() throws Exception {
    assertThat(
            runOk("run", "--transformer", "--max-len", "6", "--vocab", "cbad", "reverse", "abc")
                .get("transformer"))
        .isEqualTo(sizes("reverse", Domain.ofChars("cbad", 6)));
    ObjectNode ints =
        runOk("run", "--transformer", "--vocab", "2, 3,5,7", "minimum", "[5, 3, 2]");
    assertThat(ints.get("output").toString()).isEqualTo("[2,2,2]");
    assertThat(ints.get("transformer")).isEqualTo(sizes("minimum", Domain.ofInts(3, 2, 3, 5, 7)));
    assertThat(
            runOk("run", "--transformer", "--vocab", "[2,3,5,7]", "minimum", "[5, 3, 2]")
                .get("transformer"))
        .isEqualTo(ints.get("transformer"));
    // hist_bos's inputs start with '§': it joins a vocabulary that lacks it, at the end.
    ObjectNode bos = runOk("run", "--transformer", "--vocab", "ab", "hist_bos", "§aab");
    assertThat(bos.get("output").toString()).isEqualTo("[0,2,2,1]");
    assertThat(bos.get("transformer")).isEqualTo(sizes("hist_bos", Domain.ofChars("ab§", 4)));
  }

  @Test
  void aTokenOutsideTheVocabularyNamesItsPosition() {
    assertError(
        CommandLine.run("run", "--transformer", "--vocab", "ab", "reverse", "abca"),
        "tokens at position 2: unknown token 'c'");
  }

  @Test
  void tooLongAnInput() {
    assertError(
        CommandLine.run("run", "--transformer", "--max-len", "2", "reverse", "abc"),
        "the input has 3 tokens",
        "at most 2");
  }

  @Test
  void theInputIsCheckedAsTheOtherEvaluatorsCheckIt() {
    CommandLine plain = CommandLine.run("run", "add", "68x+1");
    CommandLine transformed = CommandLine.run("run", "--transformer", "add", "68x+1");
    assertError(transformed, "at position 2", "unknown token 'x'");
    assertThat(transformed.err()).isEqualTo(plain.err());
    assertError(
        CommandLine.run("run", "--transformer", "cumsum", "hello"),
        "cumsum takes int tokens, not char");
  }

  @Test
  void badOptions() {
    assertError(
        CommandLine.run("run", "--transformer", "--interpreter", "reverse", "abc"),
        "--interpreter or --transformer, not both");
    assertError(
        CommandLine.run("run", "--max-len", "3", "reverse", "abc"), "--max-len goes with");
    assertError(CommandLine.run("run", "--vocab", "abc", "reverse", "abc"), "--vocab goes with");
    assertError(
        CommandLine.run("run", "--transformer", "--max-len", "0", "reverse", "abc"),
        "--max-len must be at least 1, not 0");
    assertError(
        CommandLine.run("run", "--transformer", "--vocab", "abca", "reverse", "abc"),
        "--vocab abca repeats \"a\"");
    assertError(
        CommandLine.run("run", "--transformer", "--vocab", "1,x", "cumsum", "[1]"),
        "--vocab: 'x' is not an int");
    assertError(
        CommandLine.run("run", "--transformer", "--vocab", "[1,2]", "reverse", "ab"),
        "--vocab [1,2] lists ints, but the tokens are characters");
    assertError(
        CommandLine.run("run", "--transformer", "--vocab", "[1,", "cumsum", "[1]"),
        "--vocab: malformed input [1,");
    assertError(
        CommandLine.run("run", "--transformer", "--vocab", "", "reverse", "ab"),
        "--vocab is empty");
  }

  @Test
  void anEmptyInput() throws Exception {
    assertThat(
            runOk("run", "--transformer", "--vocab", "ab", "reverse", "\"\"").get("output").size())
        .isEqualTo(0);
    assertError(
        CommandLine.run("run", "--transformer", "reverse", "\"\""),
        "reverse accepts any token, and the input has none to compile it for; give --vocab");
  }

  @Test
  void theHelpDescribesTheOptions() {
    CommandLine help = CommandLine.run("run", "--help");
    assertThat(help.status()).isEqualTo(0);
    assertThat(help.out()).contains("[--interpreter] [--transformer]");
    assertThat(help.out()).contains("--max-len=N");
    assertThat(help.out()).contains("--vocab=V");
  }
}
