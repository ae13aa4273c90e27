package org.rasp4j.processor.fuzz;

/**
 * One generated program: its seed (which regenerates it), its method and generated class, its
 * token type and vocabulary, whether it is causal (then its class has a decoder), and its Java
 * source (the method and the helpers it calls).
 */
record FuzzProgram(
    long seed,
    String method,
    String className,
    boolean charTokens,
    String vocabulary,
    boolean causal,
    String source) {}
