package org.rasp4j.samples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The blog's examples (blog-cases.tsv, read here independently of the code under test), and
 * which catalogue program each row's program column stands for.
 */
final class BlogCases {
  private BlogCases() {}

  /** One row: the program column, the input and expected output as JSON, the attention layers. */
  record Row(String program, String input, String expectedOutput, int layers) {
    /** The catalogue program this row runs, if the row is a program rather than an expression. */
    Optional<String> catalogueName() {
      return Optional.ofNullable(NAMES.get(program));
    }
  }

  /** The program column, as the blog writes it, to the catalogue's snake-case name. */
  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("histogram: (key(tokens) == query(tokens)).value(1)", "histogram"),
          Map.entry("length", "length"),
          Map.entry("sum2 = (s1 & s2).value(tokens)  [window 3]", "window_sum"),
          Map.entry("cumsum()", "cumsum"),
          Map.entry("cumsum(length - indices)", "cumsum_length_minus_indices"),
          Map.entry("flip()", "flip"),
          Map.entry("index(0)", "index0"),
          Map.entry("index(1)", "index1"),
          Map.entry("index(4)", "index4"),
          Map.entry("shift(0)", "shift0"),
          Map.entry("shift(1)", "shift1"),
          Map.entry("shift(2)", "shift2"),
          Map.entry("shift(-1, '0')", "shift_left"),
          Map.entry("minimum()", "minimum"),
          Map.entry("first('l')", "first_l"),
          Map.entry("ralign()", "ralign"),
          Map.entry("split('+', False)", "split_second"),
          Map.entry("split('+', True)", "split_first"),
          Map.entry("slide(tokens != '<')", "slide"),
          Map.entry("add()", "add"),
          Map.entry("add_step0: x = atoi(split first) + atoi(split second)", "add_step0"),
          Map.entry("add_step1: shift(-1,'0', where(x>9,'1',where(x==9,'<','0')))", "add_step1"),
          Map.entry("add_step2: atoi(slide(g != '<', g))", "add_step2"));

  /** The blog's programs, which must all be in the catalogue and checked. */
  static final List<String> REQUIRED =
      List.of(
          "length",
          "cumsum",
          "flip",
          "index1",
          "shift_left",
          "minimum",
          "first_l",
          "ralign",
          "split_first",
          "split_second",
          "slide",
          "add",
          "add_step0",
          "add_step1",
          "add_step2");

  /** Every row of the table, header skipped; plain tab-separated text, no quoting. */
  static List<Row> rows() {
    InputStream stream = BlogCases.class.getResourceAsStream("/blog-cases.tsv");
    if (stream == null) {
      throw new IllegalStateException("blog-cases.tsv is not on the test class path");
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!"program\tinput\texpected_output\tattention_layers".equals(header)) {
        throw new IllegalStateException("unexpected header: " + header);
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != 4) {
          throw new IllegalStateException("not 4 columns: " + line);
        }
        rows.add(new Row(cells[0], cells[1], cells[2], Integer.parseInt(cells[3].strip())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** JSON with the blanks outside strings removed, so ["h", "e"] compares with ["h","e"]. */
  static String compact(String json) {
    StringBuilder out = new StringBuilder();
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
