package org.rasp4j.samples.cli;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** {@code run}: one JSON line in the documented shape, and every kind of bad input. */
class RunCommandTest {

  private static String runOk(String program, String input) {
    CommandLine result = CommandLine.run("run", program, input);
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).endsWith("}\n");
    assertThat(result.out().strip()).doesNotContain("\n");
    return result.out().strip();
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

  @Test
  void aTokenIsOneUtf16CharAndTheOutputStaysValidText() {
    // The emoji is two tokens (a surrogate pair); flipped, each half stands alone, which JSON
    // writes as an escape. The input echoes whole.
    for (String engine : new String[] {"--interpreter", null}) {
      CommandLine result = engine == null
          ? CommandLine.run("run", "flip", "\uD83D\uDE00ab")
          : CommandLine.run("run", engine, "flip", "\uD83D\uDE00ab");
      assertThat(result.status()).isEqualTo(0);
      assertThat(result.out()).startsWith("{\"program\":\"flip\",\"input\":\"\uD83D\uDE00ab\","
          + "\"output\":[\"b\",\"a\",\"\\ude00\",\"\\ud83d\"],");
    }
  }

  @Test
  void addInTheDocumentedShape() {
    String line = runOk("add", "683+345");
    // The shape the CLI promises; 683 + 345 = 1028, right-aligned to 7 positions, 6 layers of
    // one head each once identical heads are merged.
    assertThat(line)
        .startsWith(
            "{\"program\":\"add\",\"input\":\"683+345\",\"output\":[0,0,0,1,0,2,8],"
                + "\"layers\":6,\"heads\":[1,1,1,1,1,1],");
    // RASPy counts 7 heads for add, two in layer 1: split computes the split point twice.
    assertThat(line).contains(",\"raspyHeads\":[2,1,1,1,1,1],");
    assertThat(line)
        .containsMatch(",\"tracrLayers\":\\d+,\"mlpSublayers\":\\d+,\"evaluator\":\"generated\"}$");
  }

  @Test
  void aJsonStringAndABareWordAreTheSameInput() {
    assertThat(runOk("add", "\"683+345\"")).isEqualTo(runOk("add", "683+345"));
    assertThat(runOk("flip", " \"hello\" ")).isEqualTo(runOk("flip", "hello"));
  }

  @Test
  void charactersPrintAsOneCharacterStrings() {
    assertThat(runOk("flip", "hello")).contains("\"output\":[\"o\",\"l\",\"l\",\"e\",\"h\"]");
    assertThat(runOk("flip", "\"a\\\"b\""))
        .contains("\"input\":\"a\\\"b\",\"output\":[\"b\",\"\\\"\",\"a\"]");
  }

  @Test
  void theCharZeroIsEscaped() {
    // index(4) selects nothing on a two-token input: the char's zero, '\0', everywhere.
    assertThat(runOk("index4", "hi")).contains("\"output\":[\"\\u0000\",\"\\u0000\"]");
  }

  @Test
  void aGenericProgramTakesItsTokenTypeFromTheInput() {
    assertThat(runOk("minimum", "[5, 3, 2, 5, 2]"))
        .startsWith("{\"program\":\"minimum\",\"input\":[5,3,2,5,2],\"output\":[2,2,2,2,2],");
    assertThat(runOk("minimum", "hello"))
        .startsWith(
            "{\"program\":\"minimum\",\"input\":\"hello\","
                + "\"output\":[\"e\",\"e\",\"e\",\"e\",\"e\"],");
  }

  @Test
  void doublesPrintAsNumbersAndBooleansAsJsonBooleans() {
    // The fraction of 'l's up to each position of "hello": 0/1, 0/2, 1/3, 2/4, 2/5.
    assertThat(runOk("tracr_frac_prevs", "hello"))
        .contains("\"output\":[0.0,0.0," + (1.0 / 3) + ",0.5,0.4],");
    // Where "abc" ends.
    assertThat(runOk("tracr_detect_pattern", "abcabd"))
        .contains("\"output\":[false,false,true,false,false,false],");
  }

  @Test
  void emptyInputsGiveEmptyOutputs() {
    assertThat(runOk("flip", "\"\""))
        .startsWith("{\"program\":\"flip\",\"input\":\"\",\"output\":[],\"layers\":2,");
    assertThat(runOk("cumsum", "[]"))
        .startsWith("{\"program\":\"cumsum\",\"input\":[],\"output\":[],\"layers\":1,");
  }

  @Test
  void anUnknownProgram() {
    assertError(CommandLine.run("run", "nope", "hello"), "unknown program 'nope'");
  }

  @Test
  void malformedJson() {
    assertError(
        CommandLine.run("run", "add", "\"683+345"), "malformed input", "was expecting closing quote");
    assertError(CommandLine.run("run", "cumsum", "[1, 2"), "malformed input");
  }

  @Test
  void aNonIntArrayElement() {
    assertError(CommandLine.run("run", "cumsum", "[1, \"2\"]"), "array elements must be ints");
    assertError(CommandLine.run("run", "cumsum", "[1, 2.5]"), "array elements must be ints");
  }

  @Test
  void theWrongTokenType() {
    assertError(CommandLine.run("run", "add", "[6, 8]"), "add takes char tokens, not int");
    assertError(CommandLine.run("run", "cumsum", "hello"), "cumsum takes int tokens, not char");
  }

  @Test
  void aTokenOutsideTheVocabulary() {
    assertError(CommandLine.run("run", "add", "68x+1"), "at position 2", "unknown token 'x'");
  }

  @Test
  void aFailedComputation() {
    // The running sum passes Integer.MAX_VALUE at position 1: overflow is an error, not a wrap.
    assertError(CommandLine.run("run", "cumsum", "[2147483647, 1]"), "at position 1", "overflow");
  }
}
