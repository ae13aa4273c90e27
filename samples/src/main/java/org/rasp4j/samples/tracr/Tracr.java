package org.rasp4j.samples.tracr;

/** Placeholder: the programs are being written. */
public final class Tracr {
  private Tracr() {}
}
