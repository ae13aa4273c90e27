package org.rasp4j.samples.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A bad command line, as picocli reports it, in the command line's own words: what is wrong (an
 * unknown command or option with picocli's suggestions, a missing argument, an extra one), then
 * where the usage is. One line, without picocli's multi-line usage dump.
 */
final class ParameterErrors {
  private ParameterErrors() {}

  static String message(ParameterException e) {
    CommandLine where = e.getCommandLine();
    boolean top = where.getParent() == null;
    String prefix = top ? "" : where.getCommandName() + ": ";
    String help =
        top
            ? "'help' shows the usage"
            : "'" + where.getCommandName() + " --help' shows its usage";
    return prefix + problem(e, where) + "; " + help;
  }

  private static String problem(ParameterException e, CommandLine where) {
    boolean top = where.getParent() == null;
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      String what =
          first.startsWith("-") ? "unknown option" : top ? "unknown command" : "unexpected argument";
      // picocli suggests options; a command's name is ours to match.
      List<String> suggestions =
          top && !first.startsWith("-")
              ? Suggestions.near(first, List.copyOf(where.getSubcommands().keySet()))
              : unmatched.getSuggestions();
      return what + " '" + first + "'" + Suggestions.didYouMean(suggestions);
    }
    if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
      ArgSpec first = missing.getMissing().get(0);
      if (first instanceof OptionSpec option) {
        // picocli words the three cases apart: an option typed without its value, a required
        // option left out, a required group (one of several options) left out.
        String message = String.valueOf(e.getMessage());
        boolean absent =
            message.startsWith("Missing required option")
                || message.contains("Missing required argument");
        if (absent && option.group() != null && option.group().exclusive()) {
          return "needs one of "
              + option.group().options().stream()
                  .map(o -> o.longestName() + " " + o.paramLabel())
                  .collect(Collectors.joining(" or "));
        }
        if (absent) {
          return "missing " + option.longestName() + " " + option.paramLabel();
        }
        return option.longestName() + " needs " + option.paramLabel();
      }
      // picocli names the first missing positional; those after it are missing too.
      List<PositionalParamSpec> positionals = where.getCommandSpec().positionalParameters();
      int from = Math.max(0, positionals.indexOf(first));
      return "missing "
          + positionals.subList(from, positionals.size()).stream()
              .map(ArgSpec::paramLabel)
              .collect(Collectors.joining(" and "));
    }
    if (e instanceof OverwrittenOptionException overwritten
        && overwritten.getOverwritten() instanceof OptionSpec option) {
      return option.longestName() + " is given twice";
    }
    // picocli starts some messages (about argument groups) with "Error: ", which the line's own
    // "rasp4j: " already says.
    String message = String.valueOf(e.getMessage()).replaceFirst("^Error: ", "");
    // picocli's sentences end in a full stop, which the line's own "; ..." would follow.
    return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
  }

  /** Quoted and joined for a message: 'a', 'b' or 'c'. */
  static String quoted(List<String> names) {
    return names.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "));
  }
}
