package org.rasp4j;

/**
 * Bad input or an impossible computation at run time: the message names the SOp (its {@code
 * named} name where given) and the position, e.g. {@code "aggregate 'shift' at query position 3:
 * cannot sum 2 char values (key positions 1, 2)"}.
 */
public class RaspException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String sop;
  private final int position;

  /**
   * @param sop how the SOp is named in messages
   * @param position the position the problem is at, or -1 when it concerns the whole input
   * @param problem what went wrong
   */
  public RaspException(String sop, int position, String problem, Throwable cause) {
    super(sop + (position >= 0 ? " at position " + position : "") + ": " + problem, cause);
    this.sop = sop;
    this.position = position;
  }

  public RaspException(String sop, int position, String problem) {
    this(sop, position, problem, null);
  }

  /** The SOp's description, as in the message. */
  public String sop() {
    return sop;
  }

  /** The position, or -1. */
  public int position() {
    return position;
  }
}
