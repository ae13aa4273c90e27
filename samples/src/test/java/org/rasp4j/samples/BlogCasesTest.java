package org.rasp4j.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.tokens;
import static org.rasp4j.Rasp.where;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.rasp4j.Library;
import org.rasp4j.Program;
import org.rasp4j.Selector;
import org.rasp4j.Sop;
import org.rasp4j.interpreter.Input;
import org.rasp4j.samples.blog.Blog;

/**
 * Every row of the blog's table (blog-cases.tsv): the catalogue program or the DSL expression
 * the row names gives the blog's output and attention-layer count.
 */
class BlogCasesTest {

  /** One row of the table, with its line number for messages. */
  record Row(int line, String program, String input, String expectedOutput, int layers) {}

  /** What a row computes: its output (a list, or rows of 0/1 for a selector) and layer count. */
  record Outcome(Object output, int layers) {}

  /** The program column, exactly as the table writes it, to what it means in rasp4j. */
  private static final Map<String, Function<Input, Outcome>> CASES = cases();

  private static Map<String, Function<Input, Outcome>> cases() {
    Map<String, Function<Input, Outcome>> cases = new LinkedHashMap<>();
    // expressions over the tokens
    cases.put("tokens", chars(t -> t));
    cases.put("indices", chars(t -> indices()));
    cases.put("tokens == 'l'", chars(t -> t.eq('l')));
    cases.put("tokens * 2 - 1", ints(t -> t.times(2).minus(1)));
    cases.put("tokens - 5 + indices", ints(t -> t.minus(5).plus(indices())));
    cases.put("(tokens == 'l') | (indices == 1)", chars(t -> t.eq('l').or(indices().eq(1))));
    cases.put(
        "where((tokens == 'h') | (tokens == 'l'), tokens, 'q')",
        chars(t -> where(t.eq('h').or(t.eq('l')), t, 'q')));
    cases.put("tokens.map(ord(x)-ord('0'))", chars(t -> t.map(INT, x -> x - '0')));
    cases.put(
        "atoi(where(tokens == '-', '0', tokens)) + 2",
        chars(t -> Blog.atoi(where(t.eq('-'), '0', t)).plus(2)));
    // selectors
    cases.put("selector: key(tokens) == query(tokens)", selector(t -> key(t).eq(query(t))));
    cases.put(
        "selector: key(indices) == query(indices - 1)",
        selector(t -> key(indices()).eq(query(indices().minus(1)))));
    cases.put(
        "selector: key(indices) < query(indices)", selector(t -> key(indices()).lt(query(indices()))));
    cases.put(
        "selector: key(indices) > query(indices)", selector(t -> key(indices()).gt(query(indices()))));
    cases.put("selector: before & eq", selector(t -> Library.before().and(key(t).eq(query(t)))));
    cases.put(
        "selector: key(indices) >= query(indices - 2)",
        selector(t -> key(indices()).ge(query(indices().minus(2)))));
    cases.put(
        "selector: key(indices) <= query(indices)",
        selector(t -> key(indices()).le(query(indices()))));
    cases.put("selector: s1 & s2 (window 3)", selector(t -> window3()));
    // aggregations
    cases.put(
        "histogram: (key(tokens) == query(tokens)).value(1)",
        chars(t -> key(t).eq(query(t)).value(1)));
    cases.put("sum2 = (s1 & s2).value(tokens)  [window 3]", ints(t -> window3().value(t)));
    cases.put("cumsum(length - indices)", program("cumsum_length_minus_indices"));
    // the catalogue's programs
    cases.put("length", program("length"));
    cases.put("cumsum()", program("cumsum"));
    cases.put("flip()", program("flip"));
    cases.put("index(1)", program("index1"));
    cases.put("index(0)", program("index0"));
    cases.put("index(4)", program("index4"));
    cases.put("shift(2)", program("shift2"));
    cases.put("shift(1)", program("shift1"));
    cases.put("shift(-1, '0')", program("shift_left"));
    cases.put("shift(0)", program("shift0"));
    cases.put("minimum()", program("minimum"));
    cases.put("first('l')", program("first_l"));
    cases.put("ralign()", program("ralign"));
    cases.put("split('+', False)", program("split_second"));
    cases.put("split('+', True)", program("split_first"));
    cases.put("slide(tokens != '<')", program("slide"));
    cases.put("add()", program("add"));
    cases.put("add_step0: x = atoi(split first) + atoi(split second)", program("add_step0"));
    cases.put(
        "add_step1: shift(-1,'0', where(x>9,'1',where(x==9,'<','0')))", program("add_step1"));
    cases.put("add_step2: atoi(slide(g != '<', g))", program("add_step2"));
    return cases;
  }

  /** The blog's window: {@code s1 = key(indices) >= query(indices - 2)}, {@code s2 = <=}. */
  private static Selector window3() {
    Selector s1 = key(indices()).ge(query(indices().minus(3).plus(1)));
    Selector s2 = key(indices()).le(query(indices()));
    return s1.and(s2);
  }

  @TestFactory
  Stream<DynamicTest> everyRowGivesTheBlogsOutputAndLayers() {
    return rows().stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    "line " + row.line() + ": " + row.program(),
                    () -> {
                      Function<Input, Outcome> meaning = CASES.get(row.program());
                      assertWithMessage("line %s: unrecognised program column", row.line())
                          .that(meaning)
                          .isNotNull();
                      Outcome outcome = meaning.apply(input(Json.parse(row.input())));
                      assertWithMessage("output of %s on %s", row.program(), row.input())
                          .that(plain(outcome.output()))
                          .isEqualTo(Json.parse(row.expectedOutput()));
                      assertWithMessage("attention layers of %s", row.program())
                          .that(outcome.layers())
                          .isEqualTo(row.layers());
                    }));
  }

  @Test
  void everyRowIsRecognisedAndEveryCaseIsARow() {
    Set<String> programs = new HashSet<>();
    for (Row row : rows()) {
      programs.add(row.program());
    }
    assertThat(programs).containsExactlyElementsIn(CASES.keySet());
    assertThat(rows()).hasSize(40);
  }

  @Test
  void theJsonReaderReadsWhatTheTableHolds() {
    assertThat(Json.parse("[[1, 0], [0, 1]]")).isEqualTo(List.of(List.of(1, 0), List.of(0, 1)));
    assertThat(Json.parse("[\"h\", \"_\"]")).isEqualTo(List.of("h", "_"));
    assertThat(Json.parse("[false, true]")).isEqualTo(List.of(false, true));
    assertThat(Json.parse("[-4, -2, 0]")).isEqualTo(List.of(-4, -2, 0));
    assertThat(Json.parse("\"683+345\"")).isEqualTo("683+345");
    assertThat(Json.parse("[]")).isEqualTo(List.of());
  }

  // ---- the meanings ----

  private static Function<Input, Outcome> chars(Function<Sop<Character>, Sop<?>> expression) {
    return input -> sop(expression.apply(tokens(CHAR)), input);
  }

  private static Function<Input, Outcome> ints(Function<Sop<Integer>, Sop<?>> expression) {
    return input -> sop(expression.apply(tokens(INT)), input);
  }

  private static Outcome sop(Sop<?> sop, Input input) {
    return new Outcome(sop.eval(input), sop.schedule().attentionLayers());
  }

  /** A selector's layer is one below that of its width (an aggregate over it). */
  private static Function<Input, Outcome> selector(Function<Sop<Character>, Selector> expression) {
    return input -> {
      Selector selector = expression.apply(tokens(CHAR));
      String text = charsOf(input);
      return new Outcome(
          selector.rows(text), selector.width().schedule().attentionLayers() - 1);
    };
  }

  private static Function<Input, Outcome> program(String name) {
    return input -> {
      Program program = Catalog.find(name).orElseThrow(() -> new AssertionError("no " + name));
      return new Outcome(program.run(input), program.schedule().attentionLayers());
    };
  }

  // ---- table and values ----

  private static List<Row> rows() {
    InputStream stream = BlogCasesTest.class.getResourceAsStream("/blog-cases.tsv");
    assertWithMessage("blog-cases.tsv on the test class path").that(stream).isNotNull();
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      assertThat(reader.readLine()).isEqualTo("program\tinput\texpected_output\tattention_layers");
      int line = 1;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        if (text.isBlank()) {
          continue;
        }
        String[] cells = text.split("\t", -1);
        assertWithMessage("line %s has 4 cells", line).that(cells).hasLength(4);
        rows.add(new Row(line, cells[0], cells[1], cells[2], Integer.parseInt(cells[3].strip())));
      }
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return rows;
  }

  /** A JSON string is a character input, an array of numbers an int input. */
  private static Input input(Object json) {
    if (json instanceof String text) {
      return Input.of(text);
    }
    List<?> values = (List<?>) json;
    int[] ints = new int[values.size()];
    for (int i = 0; i < ints.length; i++) {
      ints[i] = (Integer) values.get(i);
    }
    return Input.of(ints);
  }

  private static String charsOf(Input input) {
    StringBuilder text = new StringBuilder();
    for (Object token : input.tokens()) {
      text.append((char) (Character) token);
    }
    return text.toString();
  }

  /** Values as JSON reads them: characters become one-character strings. */
  private static Object plain(Object value) {
    if (value instanceof Character c) {
      return String.valueOf(c);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object element : list) {
        out.add(plain(element));
      }
      return out;
    }
    return value;
  }

  /** The little JSON the table uses: strings, ints, booleans and nested arrays. */
  static final class Json {
    private final String text;
    private int at;

    private Json(String text) {
      this.text = text;
    }

    static Object parse(String text) {
      Json json = new Json(text);
      Object value = json.value();
      json.blanks();
      if (json.at != text.length()) {
        throw new IllegalArgumentException("trailing text in " + text);
      }
      return value;
    }

    private Object value() {
      blanks();
      char c = text.charAt(at);
      if (c == '[') {
        return array();
      }
      if (c == '"') {
        return string();
      }
      if (text.startsWith("true", at)) {
        at += 4;
        return true;
      }
      if (text.startsWith("false", at)) {
        at += 5;
        return false;
      }
      return integer();
    }

    private List<Object> array() {
      List<Object> values = new ArrayList<>();
      at++; // [
      blanks();
      if (text.charAt(at) == ']') {
        at++;
        return values;
      }
      while (true) {
        values.add(value());
        blanks();
        char c = text.charAt(at++);
        if (c == ']') {
          return values;
        }
        if (c != ',') {
          throw new IllegalArgumentException("expected , or ] at " + (at - 1) + " in " + text);
        }
      }
    }

    private String string() {
      StringBuilder out = new StringBuilder();
      at++; // opening quote
      while (text.charAt(at) != '"') {
        char c = text.charAt(at++);
        out.append(c == '\\' ? text.charAt(at++) : c);
      }
      at++; // closing quote
      return out.toString();
    }

    private Integer integer() {
      int start = at;
      if (text.charAt(at) == '-') {
        at++;
      }
      while (at < text.length() && Character.isDigit(text.charAt(at))) {
        at++;
      }
      if (start == at || (at == start + 1 && text.charAt(start) == '-')) {
        throw new IllegalArgumentException("expected a value at " + start + " in " + text);
      }
      return Integer.parseInt(text.substring(start, at));
    }

    private void blanks() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }
  }
}
