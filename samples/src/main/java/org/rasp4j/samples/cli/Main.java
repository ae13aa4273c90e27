package org.rasp4j.samples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.rasp4j.RaspException;

/**
 * The rasp4j command line: {@code list}, {@code run}, {@code trace}, {@code draw}, {@code tour},
 * {@code help}. Any error is one line on stderr starting with {@code rasp4j: } and exit status 2.
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
    String name = args.length == 0 ? "help" : args[0];
    List<String> arguments = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
    try {
      command(name, workingDirectory).execute(arguments, out);
      return 0;
    } catch (Throwable e) { // every failure, Errors included, is one line and status 2
      err.println("rasp4j: " + failure(e));
      return ERROR;
    } finally {
      out.flush();
    }
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

  private static Command command(String name, Path workingDirectory) {
    return switch (name) {
      case "list" -> new ListCommand();
      case "run" -> new RunCommand();
      case "trace" -> new TraceCommand();
      case "draw" -> new DrawCommand(workingDirectory);
      case "tour" -> new TourCommand(workingDirectory);
      case "help", "-h", "--help" -> new HelpCommand();
      default -> throw new CliException("unknown command '" + name + "'; 'help' shows the usage");
    };
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
