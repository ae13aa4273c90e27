package org.rasp4j.samples.cli;

import org.rasp4j.Program;
import org.rasp4j.interpreter.Input;

/** The {@code PROGRAM INPUT} of {@code run}, {@code trace} and {@code draw}, looked up and read. */
record Invocation(Program program, Input input) {}
