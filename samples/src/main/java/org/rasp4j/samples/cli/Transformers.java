package org.rasp4j.samples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rasp4j.Program;
import org.rasp4j.transformer.CompiledTransformer;
import org.rasp4j.transformer.Domain;
import org.rasp4j.transformer.TransformerCompiler;
import org.rasp4j.transformer.model.Config;

/** A program compiled to a transformer, and its sizes as {@code run} and {@code compile} print them. */
final class Transformers {
  private Transformers() {}

  /**
   * The transformer computing {@code program} on {@code domain}.
   *
   * @throws org.rasp4j.RaspException naming the SOp the compiler cannot express (unsupported, or
   *     too large on this domain), which the command line prints as its error line
   * @throws CliException when the heap cannot hold the model: the way out is a smaller domain,
   *     which the command line's general out-of-memory line (about the interpreter) would not say
   */
  static CompiledTransformer compile(Program program, Domain domain) {
    try {
      return TransformerCompiler.compile(program, domain);
    } catch (OutOfMemoryError e) {
      // The half-built model is garbage by now: there is room for the message.
      throw new CliException(
          "out of memory compiling "
              + program.name()
              + " for inputs of up to "
              + domain.maxSeqLen()
              + " tokens from a vocabulary of "
              + domain.vocabulary().size()
              + "; give java a larger heap (-Xmx), or a smaller "
              + Domains.MAX_LEN
              + " or "
              + VocabularyOption.NAME);
    }
  }

  /**
   * {@code layers}, {@code heads} (per layer), {@code dModel} (the residual's width) and {@code
   * mlpHidden} (the MLPs' hidden width), in that order; with {@code dHead} after {@code dModel}
   * when {@code withHeadWidth}.
   */
  static ObjectNode sizes(CompiledTransformer transformer, boolean withHeadWidth) {
    Config config = transformer.weights().config();
    ObjectNode sizes = JsonOutput.objectNode();
    sizes.put("layers", config.layers());
    sizes.put("heads", config.heads());
    sizes.put("dModel", config.dModel());
    if (withHeadWidth) {
      sizes.put("dHead", config.dHead());
    }
    sizes.put("mlpHidden", config.dMlp());
    return sizes;
  }
}
