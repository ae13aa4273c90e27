package org.rasp4j.samples.cli;

import picocli.CommandLine.Option;

/**
 * {@code -h, --help} for the top and each command (a mixin, not an inherited option: picocli's
 * {@code help} command has its own).
 */
final class HelpOption {
  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "this text")
  boolean requested;
}
