package org.rasp4j;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.rasp4j.Library.before;
import static org.rasp4j.Rasp.CHAR;
import static org.rasp4j.Rasp.INT;
import static org.rasp4j.Rasp.indices;
import static org.rasp4j.Rasp.key;
import static org.rasp4j.Rasp.query;
import static org.rasp4j.Rasp.select;
import static org.rasp4j.Rasp.tokens;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Selectors drawn as matrices (query rows, key columns), against the blog's pictures
 * (blog-selectors.tsv: the "selector:" rows of the reference blog-cases.tsv).
 */
class SelectorMatrixTest {

  private static Selector sameToken() {
    return key(tokens(CHAR)).eq(query(tokens(CHAR)));
  }

  /** The blog's selectors, by the name its table gives them. */
  private static final Map<String, Supplier<Selector>> BLOG_SELECTORS =
      Map.of(
          "key(tokens) == query(tokens)", SelectorMatrixTest::sameToken,
          "key(indices) == query(indices - 1)", () -> key(indices()).eq(query(indices().minus(1))),
          "key(indices) < query(indices)", () -> key(indices()).lt(query(indices())),
          "key(indices) > query(indices)", () -> key(indices()).gt(query(indices())),
          "before & eq", () -> before().and(sameToken()),
          "key(indices) >= query(indices - 2)", () -> key(indices()).ge(query(indices().minus(2))),
          "key(indices) <= query(indices)", () -> key(indices()).le(query(indices())),
          "s1 & s2 (window 3)",
              () ->
                  key(indices())
                      .ge(query(indices().minus(2)))
                      .and(key(indices()).le(query(indices()))));

  private record BlogCase(String selector, String input, List<List<Integer>> rows) {}

  private static List<BlogCase> blogCases() throws IOException {
    List<BlogCase> cases = new ArrayList<>();
    try (InputStream in = SelectorMatrixTest.class.getResourceAsStream("blog-selectors.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] fields = line.split("\t");
        String name = fields[0].substring("selector: ".length());
        String input = fields[1].substring(1, fields[1].length() - 1); // a JSON string, no escapes
        cases.add(new BlogCase(name, input, parseRows(fields[2])));
      }
    }
    return cases;
  }

  /** "[[1, 0], [0, 1]]" as rows of ints. */
  private static List<List<Integer>> parseRows(String json) {
    String inner = json.substring(2, json.length() - 2);
    List<List<Integer>> rows = new ArrayList<>();
    for (String row : inner.split("\\], \\[")) {
      List<Integer> cells = new ArrayList<>();
      for (String cell : row.split(", ")) {
        cells.add(Integer.parseInt(cell));
      }
      rows.add(cells);
    }
    return rows;
  }

  @Test
  void theBlogsSelectorsOnHello() throws IOException {
    List<BlogCase> cases = blogCases();
    assertThat(cases).hasSize(BLOG_SELECTORS.size());
    for (BlogCase blogCase : cases) {
      assertThat(BLOG_SELECTORS).containsKey(blogCase.selector());
      Selector selector = BLOG_SELECTORS.get(blogCase.selector()).get();

      assertWithMessage(blogCase.selector())
          .that(selector.rows(blogCase.input()))
          .containsExactlyElementsIn(blogCase.rows())
          .inOrder();
      boolean[][] matrix = selector.matrix(blogCase.input());
      for (int q = 0; q < matrix.length; q++) {
        for (int k = 0; k < matrix[q].length; k++) {
          assertThat(matrix[q][k]).isEqualTo(blogCase.rows().get(q).get(k) == 1);
        }
      }
    }
  }

  @Test
  void theKeyIsTheLeftOperandOfAPredicate() {
    Selector before = select(indices(), indices(), (k, q) -> k < q);
    assertThat(before.rows("abc"))
        .containsExactly(List.of(0, 0, 0), List.of(1, 0, 0), List.of(1, 1, 0))
        .inOrder();
  }

  @Test
  void notIsTheLogicalComplement() {
    assertThat(before().not().rows("abc"))
        .containsExactly(List.of(1, 1, 1), List.of(0, 1, 1), List.of(0, 0, 1))
        .inOrder();
  }

  @Test
  void orAndConstantQueries() {
    // key position 0 or the key equal to the query's token
    Selector selector = key(indices()).eq(query(0)).or(sameToken());
    assertThat(selector.rows("aba"))
        .containsExactly(List.of(1, 0, 1), List.of(1, 1, 0), List.of(1, 0, 1))
        .inOrder();
  }

  @Test
  void matricesOfIntInputs() {
    Selector smaller = key(tokens(INT)).lt(query(tokens(INT)));
    boolean[][] matrix = smaller.matrix(3, 1, 2);
    int[] values = {3, 1, 2};
    for (int q = 0; q < 3; q++) {
      for (int k = 0; k < 3; k++) {
        assertThat(matrix[q][k]).isEqualTo(values[k] < values[q]);
      }
    }
  }
}
