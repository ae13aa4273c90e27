/**
 * RASP programs compiled to transformer weights ({@link org.rasp4j.transformer.TransformerCompiler}),
 * run by a plain-Java forward pass ({@link org.rasp4j.transformer.ForwardPass}), and written as
 * ONNX and safetensors files ({@code org.rasp4j.transformer.export}).
 */
module org.rasp4j.transformer {
  requires transitive org.rasp4j;

  exports org.rasp4j.transformer;
  exports org.rasp4j.transformer.model;
  // org.rasp4j.transformer.compile (the construction of each block) is not exported.
}
