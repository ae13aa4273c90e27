package org.rasp4j.samples.cli;

import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;

/** Finds the program a PROGRAM argument names. */
final class Programs {
  private Programs() {}

  /**
   * The sample program called {@code name}.
   *
   * @throws CliException naming the closest names when there is none
   */
  static Program find(String name) {
    return Catalog.find(name)
        .orElseThrow(
            () ->
                new CliException(
                    "unknown program '"
                        + name
                        + "'"
                        + Suggestions.didYouMean(
                            Suggestions.near(
                                name, Catalog.all().stream().map(Program::name).toList()))
                        + "; 'list' shows them all"));
  }
}
