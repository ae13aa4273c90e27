package org.rasp4j.samples.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The files commands write ({@code draw}'s picture, {@code compile}'s model): a name checked as
 * the user typed it, placed relative to the working directory, in a directory that exists.
 */
final class OutputFiles {
  private OutputFiles() {}

  /**
   * The path {@code name} stands for, as typed.
   *
   * @param command the command, as messages name it
   * @param option the option that gave the name
   * @throws CliException for a blank name or one that is no path on this system
   */
  static Path name(String command, String option, String name) {
    if (name.isBlank()) {
      throw new CliException(command + ": " + option + " needs a file name");
    }
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new CliException(
          command + ": " + option + " " + name + " is not a file name: " + e.getReason());
    }
  }

  /**
   * Where {@code file} is written: resolved against {@code workingDirectory}.
   *
   * @throws CliException when its directory does not exist (which writing would report less
   *     plainly)
   */
  static Path target(Path workingDirectory, Path file) {
    Path target = workingDirectory.resolve(file);
    Path directory = target.toAbsolutePath().getParent();
    if (directory != null && !Files.isDirectory(directory)) {
      throw new CliException("cannot write " + file + ": no directory " + directory);
    }
    return target;
  }

  /** The error of a write that failed. */
  static CliException cannotWrite(Path file, Exception e) {
    return new CliException("cannot write " + file + ": " + e);
  }
}
