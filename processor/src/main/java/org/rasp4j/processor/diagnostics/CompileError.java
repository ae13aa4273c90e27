package org.rasp4j.processor.diagnostics;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;

/**
 * A problem in the user's program, found while reading it: thrown to abandon the program, caught
 * once per program and printed at {@link #tree()} (or on the method when the tree is null).
 */
public final class CompileError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Tree tree;
  private final transient CompilationUnitTree unit;

  public CompileError(Tree tree, CompilationUnitTree unit, String message) {
    super(message, null, false, false);
    this.tree = tree;
    this.unit = unit;
  }

  /** Where to point, or null for the annotated method itself. */
  public Tree tree() {
    return tree;
  }

  /** The compilation unit {@link #tree()} belongs to. */
  public CompilationUnitTree unit() {
    return unit;
  }
}
