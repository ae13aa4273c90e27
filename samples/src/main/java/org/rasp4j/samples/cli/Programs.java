package org.rasp4j.samples.cli;

import java.util.List;
import org.rasp4j.Program;
import org.rasp4j.samples.Catalog;

/**
 * Finds the program a PROGRAM argument names: a sample by its name ({@code add}), or a {@code
 * @RaspProgram} method of any class on the class path by {@code CLASS#METHOD}, the method by its
 * Java name or its program name ({@code isPalindrome} or {@code is_palindrome}).
 */
final class Programs {
  /** Between a class and its method, as in Javadoc's {@code Class#method}. */
  static final char SEPARATOR = '#';

  private Programs() {}

  /**
   * The program {@code name} names, a user's classes loaded by {@code loader}.
   *
   * @throws CliException for an unknown program, class or method, with the closest names
   */
  static Program find(String name, ClassLoader loader) {
    int separator = name.lastIndexOf(SEPARATOR);
    if (separator < 0) {
      return sample(name);
    }
    String className = name.substring(0, separator);
    String method = name.substring(separator + 1);
    List<Program> programs = inClass(className, loader);
    return programs.stream()
        .filter(p -> p.method().getName().equals(method) || p.name().equals(method))
        .findFirst()
        .orElseThrow(
            () ->
                new CliException(
                    className
                        + " has no @RaspProgram method '"
                        + method
                        + "'"
                        + Suggestions.didYouMean(
                            Suggestions.near(
                                method, programs.stream().map(p -> p.method().getName()).toList()))
                        + "; 'list "
                        + className
                        + "' shows them all"));
  }

  /**
   * The {@code @RaspProgram} methods of the class {@code className}, sorted by name.
   *
   * @throws CliException if there is no such class, or it has no program, or a malformed one
   */
  static List<Program> inClass(String className, ClassLoader loader) {
    Class<?> type;
    try {
      type = Class.forName(className, false, loader);
    } catch (ClassNotFoundException e) {
      throw new CliException(
          "unknown class '"
              + className
              + "'; is it on the class path? (java -cp rasp4j-samples.jar:PROGRAMS.jar"
              + " org.rasp4j.samples.cli.Main ...)");
    } catch (LinkageError e) {
      throw new CliException("cannot load class '" + className + "': " + e);
    }
    List<Program> programs;
    try {
      programs = Program.allIn(type);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage()); // a method that is no RASP program
    }
    if (programs.isEmpty()) {
      throw new CliException(className + " has no @RaspProgram method");
    }
    return programs;
  }

  /** How {@code list} names a user's program, so that it can be pasted after {@code run}. */
  static String qualifiedName(Program program) {
    return program.method().getDeclaringClass().getName()
        + SEPARATOR
        + program.method().getName();
  }

  private static Program sample(String name) {
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
