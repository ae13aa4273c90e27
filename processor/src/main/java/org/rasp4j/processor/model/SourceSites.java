package org.rasp4j.processor.model;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.rasp4j.ir.Node;

/**
 * The source site of each node the processor built, by identity: the IR keeps only a line (it is
 * shared with the interpreter, where nodes have no source), and equal nodes built at two places
 * are two objects here, each with its own site.
 */
public final class SourceSites {
  private final Map<Node, SourceSite> sites = new IdentityHashMap<>();

  /** Records where {@code node} was built. */
  public void record(Node node, SourceSite site) {
    sites.put(node, site);
  }

  /** Where {@code node} was built, if the processor saw it built. */
  public Optional<SourceSite> of(Node node) {
    return Optional.ofNullable(sites.get(node));
  }
}
