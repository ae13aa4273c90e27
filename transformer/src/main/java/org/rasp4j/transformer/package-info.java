/**
 * Compile a RASP program to a transformer ({@link org.rasp4j.transformer.TransformerCompiler}) and
 * run it ({@link org.rasp4j.transformer.CompiledTransformer#run}).
 */
package org.rasp4j.transformer;
