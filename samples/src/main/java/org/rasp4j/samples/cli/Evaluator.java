package org.rasp4j.samples.cli;

import java.util.List;
import org.rasp4j.Program;
import org.rasp4j.analysis.Schedule;
import org.rasp4j.interpreter.Input;
import org.rasp4j.samples.CompiledProgram;

/**
 * What runs a program for the command line: its generated evaluator when its build ran rasp4j's
 * processor, else the reference interpreter. Both give the same output, errors and counts; the
 * name says which one ran.
 */
sealed interface Evaluator {
  /** "generated" or "interpreter", as {@code run} and {@code list} print it. */
  String name();

  /** The program's output on {@code input}, boxed. */
  List<?> run(Input input);

  /** Attention layers, heads per layer (merged, and RASPy's), and tracr's layout. */
  Counts counts();

  /** The layer and head counts a run prints. */
  record Counts(
      int attentionLayers,
      List<Integer> headsPerLayer,
      List<Integer> raspyHeadsPerLayer,
      int tracrLayers,
      int mlpSublayers) {}

  /** The generated evaluator if there is one, else the interpreter. */
  static Evaluator of(Program program) {
    return CompiledProgram.find(program)
        .<Evaluator>map(Generated::new)
        .orElseGet(() -> new Interpreter(program));
  }

  /** The program's generated class, with the counts the processor computed at build time. */
  record Generated(CompiledProgram compiled) implements Evaluator {
    @Override
    public String name() {
      return "generated";
    }

    @Override
    public List<?> run(Input input) {
      return compiled.run(input);
    }

    @Override
    public Counts counts() {
      return new Counts(
          compiled.attentionLayers(),
          compiled.headsPerLayer(),
          compiled.raspyHeadsPerLayer(),
          compiled.tracrLayers(),
          compiled.mlpSublayers());
    }
  }

  /** The reference interpreter, with the run-time analysis's counts. */
  record Interpreter(Program program) implements Evaluator {
    @Override
    public String name() {
      return "interpreter";
    }

    @Override
    public List<?> run(Input input) {
      return program.run(input);
    }

    @Override
    public Counts counts() {
      Schedule schedule = program.schedule();
      return new Counts(
          schedule.attentionLayers(),
          schedule.headsPerLayer(),
          schedule.objectHeadsPerLayer(),
          schedule.tracrLayers(),
          schedule.mlpSublayers());
    }
  }
}
