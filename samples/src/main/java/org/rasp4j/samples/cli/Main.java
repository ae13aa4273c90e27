package org.rasp4j.samples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.rasp4j.RaspException;
import picocli.CommandLine;

/**
 * The rasp4j command line: {@code list}, {@code run}, {@code trace}, {@code draw}, {@code tour},
 * {@code compile}, {@code help}. Any error is one line on stderr starting with {@code rasp4j: } and
 * exit status 2.
 */
public final class Main {
  /** The exit status of every error: bad command line, bad input, or a failed run. */
  static final int ERROR = 2;

  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the platform's default, so '§' and the like print as typed.
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs one command line; returns the exit status (0, or {@link #ERROR}). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, Path.of(""));
  }

  /**
   * Runs one command line with the files it writes ({@code draw}'s picture, the tour's gallery)
   * placed relative to {@code workingDirectory}, so that tests write into a directory of their own.
   */
  static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
    return run(args, out, err, workingDirectory, Main.class.getClassLoader());
  }

  /** Runs one command line, a user's program classes loaded by {@code programs}. */
  static int run(
      String[] args, PrintStream out, PrintStream err, Path workingDirectory, ClassLoader programs) {
    PrintWriter outWriter = new PrintWriter(out, true, StandardCharsets.UTF_8);
    PrintWriter errWriter = new PrintWriter(err, true, StandardCharsets.UTF_8);
    try {
      return commandLine(new Rasp4jCommand(workingDirectory, programs), outWriter, errWriter)
          .execute(args);
    } catch (Throwable e) { // Errors (out of memory, say) pass picocli by: one line and status 2
      return error(errWriter, failure(e));
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** The commands, writing to {@code out} and {@code err}, every error one line and status 2. */
  private static CommandLine commandLine(
      Rasp4jCommand top, PrintWriter outWriter, PrintWriter errWriter) {
    CommandLine commandLine = new CommandLine(top);
    // picocli's own help command, in the words of the others.
    commandLine
        .getSubcommands()
        .get("help")
        .getCommandSpec()
        .usageMessage()
        .header("this text, or a command's usage: help COMMAND (or COMMAND --help)");
    return commandLine
        .setUsageHelpWidth(100)
        // An INPUT is any text: "@words" is not a file of arguments to read.
        .setExpandAtFiles(false)
        .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setOut(outWriter)
        .setErr(errWriter)
        .setParameterExceptionHandler(
            (e, arguments) -> error(errWriter, oneLine(ParameterErrors.message(e))))
        .setExecutionExceptionHandler((e, command, parsed) -> error(errWriter, failure(e)));
  }

  private static int error(PrintWriter err, String message) {
    err.println("rasp4j: " + message);
    return ERROR;
  }

  /** What the error line says after "rasp4j: ", on one line. */
  static String failure(Throwable e) {
    if (e instanceof CliException || e instanceof RaspException) {
      return oneLine(e.getMessage());
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory (" + oneLine(e.getMessage()) + "); give java a larger heap (-Xmx),"
          + " or leave out " + RunCommand.INTERPRETER + " to run the generated evaluator";
    }
    // A bug in a sample program or the runtime, or the JVM giving up (a stack overflow, say).
    return "internal error: " + oneLine(e.toString());
  }

  /**
   * The message as one line of valid text: control characters (a typed '\n', say) escaped, and so
   * is half a surrogate pair, which has no UTF-8 encoding of its own (a token is one UTF-16 char,
   * so an input may hold one).
   */
  private static String oneLine(String message) {
    String text = String.valueOf(message);
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line.append("\\n");
      } else if (c < 0x20 || c == 0x7f || JsonOutput.lonelySurrogate(text, i)) {
        line.append(String.format("\\u%04x", (int) c));
      } else {
        line.append(c);
      }
    }
    return line.toString();
  }
}
