package org.rasp4j.processor.scalar;

/**
 * Where a function in a program's source comes from, part of what makes two functions the same
 * operation: the same source lambda with equal captured values (which the processor folds into the
 * body as literals, so equal bodies), or references to the same method (whose body is the call).
 * The interpreter applies the same rule to the lambda objects it runs ({@link org.rasp4j.ir.Lambda}).
 */
public sealed interface FunctionOrigin {
  /**
   * A lambda expression: two lambdas with the same text at two places are two operations.
   *
   * @param file the source file's URI
   * @param position the lambda's start, in characters from the file's beginning
   */
  record Lambda(String file, long position) implements FunctionOrigin {}

  /** A method reference: it is the method it names, which its body calls. */
  record MethodReference() implements FunctionOrigin {}
}
