package org.rasp4j.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.rasp4j.transformer.CompiledTransformer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code run [--interpreter | --transformer [--max-len N] [--vocab V]] PROGRAM INPUT}: one line of
 * JSON, {@code program}, {@code input}, {@code output}, {@code layers} and {@code heads} (merged)
 * first, then RASPy's per-object head count, tracr's layer counts, and which {@code evaluator} ran.
 * By default the program's generated evaluator computes it (and the counts are the processor's),
 * or the reference interpreter for a program without one; {@code --interpreter} uses the
 * interpreter and the run-time analysis anyway, with identical output. {@code --transformer}
 * compiles the program to transformer weights and computes the output by their forward pass; the
 * line then ends with the transformer's sizes.
 */
@Command(
    name = "run",
    header = "a run as one line of JSON: output, layers, heads, ..., and which evaluator ran it",
    description = {
      "The program's generated evaluator runs it (\"evaluator\":\"generated\"), or the"
          + " reference interpreter if its build did not run rasp4j's processor"
          + " (\"evaluator\":\"interpreter\"), with the same output and errors.",
      "",
      "With --transformer, the program is compiled to transformer weights for inputs of up to"
          + " --max-len tokens from --vocab, and their forward pass computes the output"
          + " (\"evaluator\":\"transformer\"), followed by the transformer's sizes:"
          + " \"transformer\" with layers, heads (per layer), dModel (the residual's width) and"
          + " mlpHidden (the MLPs' hidden width)."
    })
final class RunCommand implements Callable<Integer> {
  static final String INTERPRETER = "--interpreter";

  static final String TRANSFORMER = "--transformer";

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @ParentCommand Rasp4jCommand top;

  @Mixin ProgramInput arguments;

  @Option(
      names = INTERPRETER,
      description = "run the reference interpreter even so, with the same output")
  boolean interpreted;

  @Option(
      names = TRANSFORMER,
      description =
          "compile the program to a transformer and run its forward pass, with the same output")
  boolean transformer;

  @Option(
      names = Domains.MAX_LEN,
      paramLabel = "N",
      description = "with " + TRANSFORMER + ": the longest input it takes (default: INPUT's length)")
  Integer maxLen;

  @Option(
      names = VocabularyOption.NAME,
      paramLabel = "V",
      description =
          "with "
              + TRANSFORMER
              + ": the tokens it takes, characters (abc) or ints (1,2,3); default: the program's"
              + " vocabulary, else INPUT's tokens. A program's beginning-of-sequence token is"
              + " always among them")
  String vocab;

  @Override
  public Integer call() {
    if (interpreted && transformer) {
      throw new CliException("run: " + INTERPRETER + " or " + TRANSFORMER + ", not both");
    }
    if (!transformer && (maxLen != null || vocab != null)) {
      throw new CliException(
          "run: "
              + (maxLen != null ? Domains.MAX_LEN : VocabularyOption.NAME)
              + " goes with "
              + TRANSFORMER);
    }
    Invocation call = arguments.resolve(top.programs);
    Evaluator evaluator =
        interpreted ? new Evaluator.Interpreter(call.program()) : Evaluator.of(call.program());
    CompiledTransformer model = null;
    List<?> output;
    if (transformer) {
      // The input checked as the other evaluators check it (its token type, the program's
      // vocabulary), so that the same mistakes give the same error lines.
      call.program().check(call.input());
      model =
          Transformers.compile(
              call.program(), Domains.forRun(call.program(), call.input(), maxLen, vocab));
      output = model.run(call.input().tokens());
    } else {
      output = evaluator.run(call.input());
    }
    Evaluator.Counts counts = evaluator.counts();
    ObjectNode line = JsonOutput.objectNode();
    line.put("program", call.program().name());
    line.set("input", JsonOutput.inputNode(call.input()));
    line.set("output", JsonOutput.arrayNode(output));
    line.put("layers", counts.attentionLayers());
    line.set("heads", JsonOutput.arrayNode(counts.headsPerLayer()));
    line.set("raspyHeads", JsonOutput.arrayNode(counts.raspyHeadsPerLayer()));
    line.put("tracrLayers", counts.tracrLayers());
    line.put("mlpSublayers", counts.mlpSublayers());
    line.put("evaluator", model != null ? "transformer" : evaluator.name());
    if (model != null) {
      line.set("transformer", Transformers.sizes(model, false));
    }
    spec.commandLine().getOut().println(JsonOutput.write(line));
    return 0;
  }
}
