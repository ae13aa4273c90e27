package org.rasp4j.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rasp4j.Program;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.export.Onnx;
import org.rasp4j.transformer.export.Safetensors;
import org.rasp4j.transformer.export.TransformerLensConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code compile PROGRAM --max-len N [--vocab V] (--onnx FILE | --safetensors FILE)}: compiles the
 * program to transformer weights for inputs of up to N tokens from its vocabulary, writes them as
 * an ONNX model or as safetensors (with TransformerLens's {@code config.json} beside them), and
 * prints a one-line JSON summary: {@code program}, the sizes, and the {@code file} as given.
 */
@Command(
    name = "compile",
    header = "the program as transformer weights, written to an ONNX or a safetensors file",
    description = {
      "Compiles PROGRAM to a transformer that computes it on every input of 1 to N tokens from"
          + " its vocabulary, writes it, and prints one line of JSON: program, layers, heads (per"
          + " layer), dModel (the residual's width), dHead, mlpHidden (the MLPs' hidden width)"
          + " and file (as given).",
      "",
      "--safetensors also writes TransformerLens's config.json in the same directory."
    })
final class CompileCommand implements Callable<Integer> {
  /** What TransformerLens reads the model's sizes from, beside the weights. */
  static final String CONFIG = "config.json";

  @Spec CommandSpec spec;

  @Mixin HelpOption help;

  @ParentCommand Rasp4jCommand top;

  @Parameters(
      index = "0",
      paramLabel = "PROGRAM",
      description =
          "a sample's name (add; 'list' shows them), or CLASS#METHOD for a @RaspProgram method"
              + " of yours (com.example.Programs#palindrome; 'list CLASS' shows them)")
  String program;

  @Option(
      names = Domains.MAX_LEN,
      paramLabel = "N",
      required = true,
      description = "the longest input the transformer takes")
  int maxLen;

  @Option(
      names = VocabularyOption.NAME,
      paramLabel = "V",
      description =
          "the tokens it takes: characters (abc), or ints (1,2,3 or [1,2,3]; a program taking"
              + " either type reads one int as a character unless it is [5]); default: the"
              + " program's vocabulary (a program that accepts any token needs "
              + VocabularyOption.NAME
              + "). A program's beginning-of-sequence token is always among them")
  String vocab;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Format format;

  /** Which file to write: exactly one of the two. */
  static final class Format {
    @Option(names = "--onnx", paramLabel = "FILE", required = true, description = "an ONNX model")
    String onnx;

    @Option(
        names = "--safetensors",
        paramLabel = "FILE",
        required = true,
        description = "safetensors weights (TransformerLens's names), and " + CONFIG)
    String safetensors;
  }

  @Override
  public Integer call() {
    boolean onnx = format.onnx != null;
    Path file =
        OutputFiles.name(
            "compile", onnx ? "--onnx" : "--safetensors", onnx ? format.onnx : format.safetensors);
    Path target = OutputFiles.target(top.workingDirectory, file);
    Path config = target.resolveSibling(CONFIG);
    if (!onnx && target.toAbsolutePath().normalize().equals(config.toAbsolutePath().normalize())) {
      throw new CliException(
          "compile: --safetensors cannot be named " + CONFIG + ", which is written beside it");
    }
    Program found = Programs.find(program, top.programs);
    CompiledTransformer model =
        Transformers.compile(found, Domains.forCompile(found, maxLen, vocab));
    try {
      if (onnx) {
        Onnx.write(model, target);
      } else {
        Safetensors.write(model, target);
      }
    } catch (IOException e) {
      throw OutputFiles.cannotWrite(file, e);
    }
    if (!onnx) {
      try {
        TransformerLensConfig.write(model, config);
      } catch (IOException e) {
        throw OutputFiles.cannotWrite(file.resolveSibling(CONFIG), e);
      }
    }
    ObjectNode line = JsonOutput.objectNode();
    line.put("program", found.name());
    line.setAll(Transformers.sizes(model, true));
    line.put("file", file.toString());
    spec.commandLine().getOut().println(JsonOutput.write(line));
    return 0;
  }
}
