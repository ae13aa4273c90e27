package org.rasp4j.samples.transformer;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.Domain;
import org.rasp4j.transformer.TransformerCompiler;
import org.rasp4j.transformer.model.Config;

/**
 * rasp4j's models at tracr's test parameters against tracr's own sizes (layers / max heads /
 * d_model, from tracr's construction notes): never more layers; and the README's size table says
 * what the compiler gives.
 */
class TracrSizesTest {
  /** README row label, sample, vocabulary, max length, tracr's layers, heads and d_model. */
  private record Row(String label, String sample, String vocabulary, int maxSeqLen, int layers,
      int heads, int dModel) {}

  private static final List<Row> ROWS = List.of(
      new Row("length", "tracr_length", "abcd", 3, 1, 1, 15),
      new Row("reverse", "reverse", "abcd", 5, 4, 1, 43),
      new Row("hist", "hist_nobos", "abcd", 5, 1, 1, 19),
      new Row("sort_unique", "tracr_sort_unique", "1234", 5, 2, 1, 23),
      new Row("sort", "tracr_sort", "1234", 5, 3, 1, 43),
      new Row("sort_freq", "tracr_sort_freq", "1234", 5, 5, 1, 66),
      new Row("frac_prevs", "tracr_frac_prevs", "helo", 5, 2, 1, 14),
      new Row("pair_balance", "tracr_pair_balance", "abc()", 10, 2, 2, 23),
      new Row("shuffle_dyck, 2 pairs", "tracr_shuffle_dyck2", "(){}", 5, 8, 4, 55),
      new Row("shuffle_dyck, 3 pairs", "tracr_shuffle_dyck3", "(){}[]", 6, 9, 6, 73),
      new Row("shift_by", "tracr_shift_by", "abcd", 5, 1, 1, 16),
      new Row("detect_pattern \"abc\"", "tracr_detect_pattern", "abc", 6, 3, 2, 26),
      new Row("count_less_freq", "tracr_count_less_freq", "abcd", 6, 2, 1, 29),
      new Row("count", "tracr_count", "abc", 8, 1, 1, 24));

  @Test
  void neverMoreLayersThanTracrAndTheReadmeSaysSo() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (Row row : ROWS) {
      Program program = Catalog.find(row.sample()).orElseThrow();
      Domain domain = row.vocabulary().equals("1234")
          ? Domain.ofInts(row.maxSeqLen(), 1, 2, 3, 4)
          : Domain.ofChars(row.vocabulary(), row.maxSeqLen());
      CompiledTransformer model = TransformerCompiler.compile(program, domain);
      Config config = model.weights().config();
      assertWithMessage("layers of %s", row.label()).that(config.layers()).isAtMost(row.layers());
      String tracr = row.layers() + " / " + row.heads() + " / " + row.dModel();
      String ours = config.layers() + " / " + config.heads() + " / " + config.dModel();
      assertWithMessage("the README's size table, row %s", row.label())
          .that(readme).containsMatch("\\| " + java.util.regex.Pattern.quote(row.label())
              + " \\|[^|\\n]*\\| " + tracr + " \\| " + ours + " \\|");
    }
  }
}
