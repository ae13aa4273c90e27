/**
 * RASP programs compiled to transformer weights ({@link org.rasp4j.transformer.TransformerCompiler}),
 * run by a plain-Java forward pass ({@link org.rasp4j.transformer.ForwardPass}), and written as
 * ONNX and safetensors files ({@link org.rasp4j.transformer.export}).
 */
// protobuf-java is an automatic module (it names itself in its manifest, with no descriptor).
@SuppressWarnings("requires-automatic")
module org.rasp4j.transformer {
  requires transitive org.rasp4j;
  // The exports write JSON (safetensors headers, config.json) and protocol buffers (ONNX); neither
  // library's types appear in the API, so users need not read them.
  requires com.fasterxml.jackson.databind;
  requires com.google.protobuf;

  exports org.rasp4j.transformer;
  exports org.rasp4j.transformer.model;
  exports org.rasp4j.transformer.export;
  // org.rasp4j.transformer.compile (the construction of each block) is not exported, nor are the
  // ONNX message classes protoc generates; protobuf reads those reflectively (toString, equals).
  opens org.rasp4j.transformer.export.onnx to com.google.protobuf;
}
