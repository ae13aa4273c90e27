package org.rasp4j.samples.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code --out PATH}, where a command writes its files ({@code draw}'s picture, {@code tour}'s
 * gallery): taken out of the arguments so the rest parse as before.
 */
final class OutOption {
  static final String OUT = "--out";

  private OutOption() {}

  /**
   * Removes {@code --out PATH} from {@code arguments}; the PATH, or null when not given. {@code
   * what} names the path in errors ("a file name", "a directory name").
   */
  static Path take(String command, String what, List<String> arguments) {
    int at = arguments.indexOf(OUT);
    if (at < 0) {
      return null;
    }
    if (at == arguments.size() - 1) {
      throw new CliException(command + ": " + OUT + " needs " + what);
    }
    String name = arguments.get(at + 1);
    arguments.subList(at, at + 2).clear();
    if (arguments.contains(OUT)) {
      throw new CliException(command + ": " + OUT + " is given twice");
    }
    if (name.isBlank()) {
      throw new CliException(command + ": " + OUT + " needs " + what);
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new CliException(
          command + ": " + OUT + " " + name + " is not " + what + ": " + e.getReason());
    }
  }
}
