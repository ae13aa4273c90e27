package org.rasp4j.processor.model;

import org.rasp4j.analysis.Schedule;
import org.rasp4j.ir.ElementType;
import org.rasp4j.ir.SopNode;

/**
 * The program for one token type: its graph (elementwise operations are {@link
 * org.rasp4j.ir.Builtin}s or {@link org.rasp4j.processor.scalar.ScalarFunction}s, never run-time
 * lambdas) and its schedule.
 */
public record Variant(ElementType tokenType, SopNode output, Schedule schedule) {}
