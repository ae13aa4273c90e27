package org.rasp4j.samples.transformer;

import static com.google.common.truth.Truth.assertWithMessage;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rasp4j.Program;
import org.rasp4j.RaspException;
import org.rasp4j.interpreter.Input;
import org.rasp4j.samples.Catalog;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.Domain;
import org.rasp4j.transformer.ForwardPass;
import org.rasp4j.transformer.TransformerCompiler;
import org.rasp4j.transformer.export.Onnx;

/**
 * Every sample of the blog, the paper and tracr, compiled to a transformer, computes what the
 * reference interpreter computes on EVERY input of its domain ({@link SampleDomains}: length 1 to
 * 5) that the program accepts; where the interpreter raises an error, the transformer's read-out
 * has no value either. The ONNX export, run by ONNX Runtime on each length's inputs as one batch,
 * gives the forward pass's logits.
 */
class SampleTransformersTest {
  private static final OrtEnvironment ORT = OrtEnvironment.getEnvironment();

  static Stream<Program> samples() {
    return Catalog.all().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theForwardPassIsTheInterpreterOnEveryInput(Program program)
      throws OrtException, java.io.IOException {
    Domain domain = SampleDomains.of(program);
    CompiledTransformer model = TransformerCompiler.compile(program, domain);
    int checked = 0;
    List<List<Object>> accepted = new ArrayList<>();
    for (List<Object> tokens : SampleDomains.inputs(domain)) {
      Input input = Input.of(domain.tokenType(), tokens);
      try {
        program.check(input);
      } catch (RaspException notAnInput) {
        continue; // a BOS program's input must start with its BOS, and hold it nowhere else
      }
      accepted.add(tokens);
      List<?> expected = interpret(program, input);
      List<Object> actual = transform(model, tokens);
      assertWithMessage("%s on %s (null: an error)", program.name(), tokens)
          .that(actual).isEqualTo(expected);
      checked++;
    }
    assertWithMessage("inputs of %s checked", program.name()).that(checked).isGreaterThan(20);
    onnxRuntimeAgrees(model, accepted);
    readmeStatesTheSizes(program, domain, model);
    // the safetensors writer checks every tensor's shape against the config
    java.nio.file.Path file = java.nio.file.Files.createTempFile(program.name(), ".safetensors");
    try {
      org.rasp4j.transformer.export.Safetensors.write(model, file);
      assertWithMessage("safetensors of %s", program.name())
          .that(java.nio.file.Files.size(file)).isGreaterThan(8L);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }

  /** The README's table of samples shows this program's schedule and model as they are. */
  private static void readmeStatesTheSizes(Program program, Domain domain,
      CompiledTransformer model) throws java.io.IOException {
    if (SampleDomains.MAX_SEQ_LEN != 5) {
      return; // the table is for the domains of length 5
    }
    int scheduleHeads = 0;
    for (var layer : program.schedule().layers()) {
      scheduleHeads = Math.max(scheduleHeads, layer.heads().size());
    }
    StringBuilder vocabulary = new StringBuilder();
    domain.vocabulary().forEach(vocabulary::append);
    var config = model.weights().config();
    String row = "| " + program.name() + " | `" + vocabulary + "` | "
        + program.schedule().attentionLayers() + " / " + scheduleHeads + " | "
        + config.layers() + " / " + config.heads() + " | " + config.dModel() + " | "
        + config.dHead() + " | " + config.dMlp() + " |";
    assertWithMessage("README row of %s", program.name())
        .that(java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md")))
        .contains(row);
  }

  private static List<?> interpret(Program program, Input input) {
    try {
      return program.run(input);
    } catch (RaspException error) {
      return null;
    }
  }

  private static List<Object> transform(CompiledTransformer model, List<Object> tokens) {
    try {
      return model.run(tokens);
    } catch (RaspException noValue) {
      return null;
    }
  }

  /** ONNX Runtime, one batch per length, against the Java forward pass's logits. */
  private static void onnxRuntimeAgrees(CompiledTransformer model, List<List<Object>> inputs)
      throws OrtException {
    try (OrtSession session = ORT.createSession(Onnx.toBytes(model),
        new OrtSession.SessionOptions())) {
      for (int n = 1; n <= model.maxSeqLen(); n++) {
        List<int[]> batch = new ArrayList<>();
        for (List<Object> tokens : inputs) {
          if (tokens.size() == n) {
            batch.add(model.encode(tokens));
          }
        }
        if (batch.isEmpty()) {
          continue;
        }
        long[][] ids = new long[batch.size()][n + 1];
        for (int b = 0; b < batch.size(); b++) {
          for (int p = 0; p <= n; p++) {
            ids[b][p] = batch.get(b)[p];
          }
        }
        try (OnnxTensor tensor = OnnxTensor.createTensor(ORT, ids);
            OrtSession.Result result = session.run(Map.of("tokens", tensor))) {
          double[][][] logits = (double[][][]) result.get("logits").orElseThrow().getValue();
          for (int b = 0; b < batch.size(); b++) {
            double[][] expected = ForwardPass.logits(model.weights(), batch.get(b));
            for (int p = 1; p <= n; p++) {
              for (int v = 0; v < expected[p].length; v++) {
                assertWithMessage("%s: ONNX logit %s at %s of input %s", model.name(), v, p, b)
                    .that(logits[b][p][v]).isWithin(1e-6).of(expected[p][v]);
              }
            }
          }
        }
      }
    }
  }
}
