package org.rasp4j.samples.paper;

/** Placeholder: the programs are being written. */
public final class Paper {
  private Paper() {}
}
