/**
 * The reference interpreter: the semantics every generated evaluator is held to. {@link
 * org.rasp4j.interpreter.Interpreter} runs a graph on an {@link org.rasp4j.interpreter.Input},
 * {@link org.rasp4j.interpreter.Trace} keeps a whole run, {@link org.rasp4j.interpreter.Values}
 * prints values as traces and messages show them.
 */
package org.rasp4j.interpreter;
