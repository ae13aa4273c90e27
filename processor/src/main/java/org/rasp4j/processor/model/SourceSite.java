package org.rasp4j.processor.model;

import java.util.List;

/**
 * Where a node of the RASP graph was written: its file and line, and the helper calls that led
 * there (innermost first). A helper may live in another file than the program, and one helper
 * line builds a node per call, so "line 6" alone names neither the file nor the call.
 */
public record SourceSite(String file, int line, List<Call> calls) {
  /** Most helper calls a site shows: recursion would print one per level. */
  private static final int SHOWN_CALLS = 3;

  public SourceSite {
    calls = List.copyOf(calls);
  }

  /** A call of the helper {@code helper}, written at {@code file:line}. */
  public record Call(String helper, String file, int line) {}

  /** "Helpers.java:6". */
  public String position() {
    return file + ":" + line;
  }

  /** "Helpers.java:6, in h called at Programs.java:8": the position and the calls leading to it. */
  public String withCalls() {
    StringBuilder text = new StringBuilder(position());
    for (int i = 0; i < calls.size() && i < SHOWN_CALLS; i++) {
      Call call = calls.get(i);
      text.append(", in ").append(call.helper()).append(" called at ").append(call.file())
          .append(':').append(call.line());
    }
    if (calls.size() > SHOWN_CALLS) {
      text.append(", ...");
    }
    return text.toString();
  }
}
