package org.rasp4j;

/**
 * Bad input or an impossible computation at run time: the message names the SOp (its {@code
 * named} name where given) and the position, e.g. {@code "aggregate 'shift' at position 3:
 * cannot sum 2 char values (key positions [1, 2]); ..."}.
 */
public class RaspException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** How the SOp is named in the message. */
  private final String sop;

  /** The position the problem is at, or -1 when it concerns the whole input. */
  private final int position;

  /**
   * A problem with its cause; the message is {@code "sop at position p: problem"}, or {@code "sop:
   * problem"} for position -1.
   *
   * @param sop how the SOp is named in messages
   * @param position the position the problem is at, or -1 when it concerns the whole input
   * @param problem what went wrong
   * @param cause the exception that caused it, or null
   */
  public RaspException(String sop, int position, String problem, Throwable cause) {
    super(sop + (position >= 0 ? " at position " + position : "") + ": " + problem, cause);
    this.sop = sop;
    this.position = position;
  }

  /**
   * A problem without a cause; the message is {@code "sop at position p: problem"}, or {@code
   * "sop: problem"} for position -1.
   *
   * @param sop how the SOp is named in messages
   * @param position the position the problem is at, or -1 when it concerns the whole input
   * @param problem what went wrong
   */
  public RaspException(String sop, int position, String problem) {
    this(sop, position, problem, null);
  }

  /** {@return the SOp's description, as in the message} */
  public String sop() {
    return sop;
  }

  /** {@return the position, or -1 when the problem concerns the whole input} */
  public int position() {
    return position;
  }
}
