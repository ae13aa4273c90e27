package org.rasp4j.transformer.export;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.rasp4j.transformer.export.onnx.OnnxProto.AttributeProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.GraphProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.NodeProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.TensorProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.TensorShapeProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.TypeProto;
import org.rasp4j.transformer.export.onnx.OnnxProto.ValueInfoProto;

/**
 * Appends nodes, constants, inputs and outputs to an ONNX graph, naming each node after the value
 * it makes. Keeps {@link Onnx} about the architecture rather than about protocol buffers.
 */
final class OnnxGraphBuilder {
  private final GraphProto.Builder graph = GraphProto.newBuilder();

  OnnxGraphBuilder(String name) {
    graph.setName(name);
  }

  /** Adds a float64 constant, little-endian in {@code raw_data}. */
  void initializer(Tensor t) {
    ByteBuffer bytes = ByteBuffer.allocate(t.data().length * Double.BYTES)
        .order(ByteOrder.LITTLE_ENDIAN);
    for (double d : t.data()) {
      bytes.putDouble(d);
    }
    TensorProto.Builder tensor = TensorProto.newBuilder()
        .setName(t.name())
        .setDataType(TensorProto.DataType.DOUBLE_VALUE)
        .setRawData(ByteString.copyFrom(bytes.array()));
    for (long d : t.shape()) {
      tensor.addDims(d);
    }
    graph.addInitializer(tensor);
  }

  /** Adds a one-dimensional int64 constant (axes, starts, ends). */
  void int64s(String name, long... values) {
    TensorProto.Builder tensor = TensorProto.newBuilder()
        .setName(name)
        .setDataType(TensorProto.DataType.INT64_VALUE)
        .addDims(values.length);
    for (long v : values) {
      tensor.addInt64Data(v);
    }
    graph.addInitializer(tensor);
  }

  /**
   * Adds a node with one output, named {@code output}, and returns that name.
   *
   * @param attributes the node's attributes, from {@link #intAttribute} and {@link #stringAttribute}
   */
  String node(String op, String output, List<String> inputs, AttributeProto... attributes) {
    NodeProto.Builder node = NodeProto.newBuilder()
        .setOpType(op)
        .setName(output)
        .addAllInput(inputs)
        .addOutput(output);
    for (AttributeProto a : attributes) {
      node.addAttribute(a);
    }
    graph.addNode(node);
    return output;
  }

  static AttributeProto intAttribute(String name, long value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.INT)
        .setI(value)
        .build();
  }

  static AttributeProto stringAttribute(String name, String value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.STRING)
        .setS(ByteString.copyFromUtf8(value))
        .build();
  }

  /**
   * Adds a graph input.
   *
   * @param dims each a {@link Long} (a fixed size) or a {@link String} (a symbolic one)
   */
  void input(String name, int elemType, Object... dims) {
    graph.addInput(valueInfo(name, elemType, dims));
  }

  /**
   * Adds a graph output.
   *
   * @param dims each a {@link Long} (a fixed size) or a {@link String} (a symbolic one)
   */
  void output(String name, int elemType, Object... dims) {
    graph.addOutput(valueInfo(name, elemType, dims));
  }

  GraphProto build() {
    return graph.build();
  }

  private static ValueInfoProto valueInfo(String name, int elemType, Object... dims) {
    TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
    for (Object d : dims) {
      TensorShapeProto.Dimension.Builder dim = TensorShapeProto.Dimension.newBuilder();
      if (d instanceof String param) {
        dim.setDimParam(param);
      } else {
        dim.setDimValue((Long) d);
      }
      shape.addDim(dim);
    }
    return ValueInfoProto.newBuilder()
        .setName(name)
        .setType(TypeProto.newBuilder().setTensorType(
            TypeProto.Tensor.newBuilder().setElemType(elemType).setShape(shape)))
        .build();
  }
}
