package org.rasp4j.transformer.export;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions.OptLevel;
import ai.onnxruntime.TensorInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rasp4j.ir.ElementType;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.ForwardPass;
import org.rasp4j.transformer.model.Config;
import org.rasp4j.transformer.model.Weights;

/** Runs exported models in ONNX Runtime and compares them with the Java forward pass. */
class OnnxTest {
  private static final double TOLERANCE = 1e-9;
  private static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();

  @TempDir Path dir;

  @Test
  void randomMultiLayerMultiHeadModelsMatchTheForwardPass() throws Exception {
    // Every size different, so a transposed or swapped axis cannot line up by chance.
    Config c = new Config(3, 4, 6, 3, 8, 5, 7, 4);
    for (long seed = 1; seed <= 5; seed++) {
      Random random = new Random(seed);
      Weights w = TestModels.random(random, c, 0.7);
      Path file = dir.resolve("model" + seed + ".onnx");
      Onnx.write(TestModels.compiled("random", w), file);
      // The graph as written, and as ONNX Runtime's optimizer rewrites it (its default): a fusion
      // without a float64 kernel would fail only there.
      for (OptLevel level : List.of(OptLevel.NO_OPT, OptLevel.ALL_OPT)) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
          options.setOptimizationLevel(level);
          try (OrtSession session = ENV.createSession(file.toString(), options)) {
            // Batches of different inputs of one length: BOS only, a middle length, the longest.
            for (int length : new int[] {1, 4, c.nCtx()}) {
              long[][] batch = new long[3][length];
              for (long[] row : batch) {
                for (int p = 1; p < length; p++) {
                  row[p] = 1 + random.nextInt(c.dVocab() - 1);
                }
              }
              compare(session, w, batch, "seed " + seed + ", " + level + ", length " + length);
            }
          }
        }
      }
    }
  }

  @Test
  void zeroWeightHeadsAttendUniformlyAndAddNothing() throws Exception {
    long seed = 42;
    Config c = new Config(2, 2, 5, 2, 6, 4, 5, 3);
    Weights w = TestModels.zeroHeads(TestModels.random(new Random(seed), c, 1.0));
    Random random = new Random(seed + 1);
    long[][] batch = new long[4][5];
    for (long[] row : batch) {
      for (int p = 1; p < row.length; p++) {
        row[p] = 1 + random.nextInt(c.dVocab() - 1);
      }
    }
    try (OrtSession session = ENV.createSession(Onnx.toBytes(TestModels.compiled("zero", w)),
        new OrtSession.SessionOptions())) {
      compare(session, w, batch, "seed " + seed);
    }
  }

  @Test
  void modelsWithoutLayersOrHiddenUnitsMatchTheForwardPass() throws Exception {
    long seed = 9;
    for (Config c : List.of(new Config(0, 1, 4, 2, 3, 3, 4, 2), new Config(2, 1, 4, 2, 0, 3, 4, 2))) {
      Weights w = TestModels.random(new Random(seed), c, 1.0);
      try (OrtSession session = ENV.createSession(Onnx.toBytes(TestModels.compiled("edge", w)),
          new OrtSession.SessionOptions())) {
        compare(session, w, new long[][] {{0, 1, 2, 1}, {0, 2, 2, 2}}, c + ", seed " + seed);
      }
    }
  }

  @Test
  void inputsOutputsAndMetadataAsOnnxRuntimeReadsThem() throws Exception {
    Config c = new Config(1, 2, 5, 2, 3, 4, 6, 3);
    Weights w = TestModels.random(new Random(5), c, 1.0);
    CompiledTransformer t = new CompiledTransformer("sort", w,
        List.of("one", "bos", "tokens:x", "tokens:y", "tokens:z"), ElementType.STRING,
        List.of("x", "y", "z"), 5, "sorted", List.of(1.5, 2.5, 3.5));
    Path file = dir.resolve("sort.onnx");
    Onnx.write(t, file);
    try (OrtSession session = ENV.createSession(file.toString(), new OrtSession.SessionOptions())) {
      assertThat(session.getInputNames()).containsExactly("tokens");
      assertThat(session.getOutputNames()).containsExactly("residual", "logits").inOrder();
      TensorInfo tokens = (TensorInfo) session.getInputInfo().get("tokens").getInfo();
      assertThat(tokens.type).isEqualTo(OnnxJavaType.INT64);
      assertThat(tokens.getShape()).isEqualTo(new long[] {-1, -1});
      Map<String, NodeInfo> outputs = session.getOutputInfo();
      TensorInfo residual = (TensorInfo) outputs.get("residual").getInfo();
      assertThat(residual.type).isEqualTo(OnnxJavaType.DOUBLE);
      assertThat(residual.getShape()).isEqualTo(new long[] {-1, -1, 5});
      TensorInfo logits = (TensorInfo) outputs.get("logits").getInfo();
      assertThat(logits.type).isEqualTo(OnnxJavaType.DOUBLE);
      assertThat(logits.getShape()).isEqualTo(new long[] {-1, -1, 3});

      assertThat(session.getMetadata().getProducerName()).isEqualTo("rasp4j");
      assertThat(session.getMetadata().getGraphName()).isEqualTo("sort");
      assertThat(session.getMetadata().getCustomMetadata()).containsExactly(
          "name", "sort",
          "residual_labels", "[\"one\",\"bos\",\"tokens:x\",\"tokens:y\",\"tokens:z\"]",
          "vocabulary", "[\"x\",\"y\",\"z\"]",
          "token_type", "String",
          "bos_id", "0",
          "max_seq_len", "5",
          "output_name", "sorted",
          "output_values", "[1.5,2.5,3.5]",
          "readout", "argmax");
    }
    // The header of every ONNX file: field 1 (ir_version, a varint) = 8.
    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes[0]).isEqualTo((byte) 0x08);
    assertThat(bytes[1]).isEqualTo((byte) 8);
  }

  /** Runs a batch and compares every row's residual and logits with the forward pass. */
  private static void compare(OrtSession session, Weights w, long[][] batch, String why)
      throws Exception {
    try (OnnxTensor input = OnnxTensor.createTensor(ENV, batch);
        OrtSession.Result result = session.run(Map.of("tokens", input))) {
      double[][][] residual = (double[][][]) result.get("residual").orElseThrow().getValue();
      double[][][] logits = (double[][][]) result.get("logits").orElseThrow().getValue();
      assertWithMessage(why).that(residual.length).isEqualTo(batch.length);
      for (int b = 0; b < batch.length; b++) {
        int[] ids = new int[batch[b].length];
        for (int p = 0; p < ids.length; p++) {
          ids[p] = (int) batch[b][p];
        }
        close(residual[b], ForwardPass.residual(w, ids), why + ", residual of row " + b);
        close(logits[b], ForwardPass.logits(w, ids), why + ", logits of row " + b);
      }
    }
  }

  private static void close(double[][] actual, double[][] expected, String why) {
    assertWithMessage(why).that(actual.length).isEqualTo(expected.length);
    for (int p = 0; p < expected.length; p++) {
      assertWithMessage(why).that(actual[p].length).isEqualTo(expected[p].length);
      for (int j = 0; j < expected[p].length; j++) {
        double e = expected[p][j];
        assertWithMessage("%s, position %s, dimension %s", why, p, j)
            .that(actual[p][j]).isWithin(TOLERANCE * Math.max(1, Math.abs(e))).of(e);
      }
    }
  }
}
