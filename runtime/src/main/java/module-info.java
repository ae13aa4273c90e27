/**
 * RASP in Java: the DSL ({@code org.rasp4j}), the graph it builds ({@code org.rasp4j.ir}), the
 * schedule analysis ({@code org.rasp4j.analysis}) and the reference interpreter ({@code
 * org.rasp4j.interpreter}).
 */
module org.rasp4j {
  // Program reads @RaspProgram and hands it out (Program.annotation()), so users read it too.
  requires transitive org.rasp4j.annotation;

  exports org.rasp4j;
  // Public for tools as well as users: the processor builds this graph and reads its schedule.
  exports org.rasp4j.ir;
  exports org.rasp4j.analysis;
  exports org.rasp4j.interpreter;
  // Not for users: the checked arithmetic and error texts the generated evaluators call, which
  // live in the user's module, so the package is exported to everyone.
  exports org.rasp4j.support;
  // org.rasp4j.internal (graph walks that rasp4j's own code shares) is not exported.
}
