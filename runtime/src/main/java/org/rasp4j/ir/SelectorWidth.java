package org.rasp4j.ir;

import java.util.List;
import java.util.Objects;

/**
 * The number of key positions a selector selects for each query (0 for an empty row): RASP's
 * selector width, a primitive. Built, as the original RASP library builds it without a BOS token,
 * from two heads in one layer (see {@link #heads()}).
 */
public final class SelectorWidth extends SopNode {
  private final SelectorNode selector;

  /**
   * The width of a selector.
   *
   * @param selector the selector whose selected key positions to count
   */
  public SelectorWidth(SelectorNode selector) {
    this(selector, null, 0);
  }

  private SelectorWidth(SelectorNode selector, String name, int line) {
    super(ElementType.INT, name, line, Objects.hash("SelectorWidth", selector));
    this.selector = selector;
  }

  /** {@return the selector whose selected key positions are counted} */
  public SelectorNode selector() {
    return selector;
  }

  /**
   * The attention patterns this primitive occupies: {@code selector or at0} and {@code selector
   * and at0}, where at0 selects key position 0 (the RASP library's construction: the first head's
   * mean of {@code indices == 0} is 1/(width+1) without position 0, the second adds position 0
   * back). They are selectors like any other, so they merge with identical heads.
   *
   * @return the two heads' selectors, in that order
   */
  public List<SelectorNode> heads() {
    Select at0 = new Select(new Indices(), new Constant(0), Builtin.EQ);
    return List.of(
        SelectorLogic.or(selector, at0), SelectorLogic.and(selector, at0));
  }

  @Override
  public List<Node> inputs() {
    return List.of(selector);
  }

  @Override
  public String label() {
    return "width";
  }

  @Override
  boolean sameStructure(Node other) {
    return true;
  }

  @Override
  public SelectorWidth named(String name) {
    return new SelectorWidth(selector, name, line());
  }

  @Override
  public SelectorWidth at(int line) {
    return new SelectorWidth(selector, name(), line);
  }
}
