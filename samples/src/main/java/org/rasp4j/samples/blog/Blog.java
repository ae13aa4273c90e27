package org.rasp4j.samples.blog;

/** Placeholder: the programs are being written. */
public final class Blog {
  private Blog() {}
}
