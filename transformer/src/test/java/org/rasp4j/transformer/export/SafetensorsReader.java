package org.rasp4j.transformer.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader of safetensors files written from the format's description alone (not from {@link
 * Safetensors}), for the tests: it parses the header with its own mapper and reads each tensor from
 * its offsets.
 */
final class SafetensorsReader {
  /** One tensor's header entry and elements. */
  record Entry(String dtype, long[] shape, long begin, long end, double[] values) {}

  final long headerLength;
  final String headerText;
  final Map<String, Entry> tensors = new LinkedHashMap<>();
  final Map<String, String> metadata = new LinkedHashMap<>();
  final long dataLength;

  SafetensorsReader(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    headerLength = buf.getLong(0);
    headerText = new String(bytes, 8, (int) headerLength, StandardCharsets.UTF_8);
    dataLength = bytes.length - 8 - headerLength;
    JsonNode header = new ObjectMapper().readTree(headerText);
    for (Map.Entry<String, JsonNode> field : header.properties()) {
      if (field.getKey().equals("__metadata__")) {
        for (Map.Entry<String, JsonNode> m : field.getValue().properties()) {
          metadata.put(m.getKey(), m.getValue().asText());
        }
        continue;
      }
      JsonNode node = field.getValue();
      List<Long> shape = new ArrayList<>();
      node.get("shape").forEach(d -> shape.add(d.asLong()));
      long begin = node.get("data_offsets").get(0).asLong();
      long end = node.get("data_offsets").get(1).asLong();
      double[] values = new double[(int) ((end - begin) / 8)];
      for (int i = 0; i < values.length; i++) {
        values[i] = buf.getDouble((int) (8 + headerLength + begin + 8L * i));
      }
      tensors.put(field.getKey(), new Entry(node.get("dtype").asText(),
          shape.stream().mapToLong(Long::longValue).toArray(), begin, end, values));
    }
  }
}
