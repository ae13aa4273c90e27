package org.rasp4j.processor.fuzz;

/**
 * One generated program: its seed (which regenerates it), its method and generated class, its
 * token type and vocabulary, and its Java source (the method and the helpers it calls).
 */
record FuzzProgram(
    long seed,
    String method,
    String className,
    boolean charTokens,
    String vocabulary,
    String source) {}
