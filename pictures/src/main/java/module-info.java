/**
 * SVG pictures of what the runtime computes: runs, selectors, SOps and program structure, from
 * one entry point, {@link org.rasp4j.picture.Pictures}.
 */
// ELK's jars are automatic modules (they name themselves in their manifests, with no descriptor).
@SuppressWarnings("requires-automatic")
module org.rasp4j.picture {
  requires transitive org.rasp4j;
  // The structure picture's layout: ELK's layered algorithm and the graph it lays out.
  requires org.eclipse.elk.alg.layered;
  requires org.eclipse.elk.core;
  requires org.eclipse.elk.graph;
  requires org.eclipse.emf.common; // the lists ELK's graph answers with
  // ELK runs on Guava, which its automatic modules cannot require by name: a module layer
  // resolves it only because this module asks for it.
  requires com.google.common;

  exports org.rasp4j.picture;
}
