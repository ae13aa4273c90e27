package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads DOT text back, as far as the structure's DOT uses the language (the grammar of graphviz's
 * documentation: graph, subgraphs with or without a name, node and edge statements with attribute
 * lists, attribute assignments), failing on anything else: unbalanced braces, an unterminated
 * string, an edge to an undeclared node, a node declared twice. Each node is found with the
 * cluster and the {@code rank=same} group it is declared in.
 */
final class DotReader {
  /** A declared node: its attributes, its cluster (or "") and its rank group's index (or -1). */
  record Node(String id, Map<String, String> attributes, String cluster, int rankGroup) {}

  record Edge(String from, String to, Map<String, String> attributes) {}

  final Map<String, Node> nodes = new LinkedHashMap<>();
  final List<Edge> edges = new ArrayList<>();
  /** A word of DOT: a quoted string is never punctuation, whatever it says. */
  private record Token(String text, boolean quoted) {}

  private final List<Token> tokens;
  private int at;
  private int rankGroups;

  private DotReader(List<Token> tokens) {
    this.tokens = tokens;
  }

  static DotReader read(String dot) {
    DotReader reader = new DotReader(tokens(dot));
    reader.expect("digraph");
    reader.next(); // the graph's name
    reader.expect("{");
    reader.statements("", -1);
    if (reader.at != reader.tokens.size()) {
      throw new AssertionError("text after the graph's closing brace: " + reader.tokens.get(reader.at));
    }
    for (Edge edge : reader.edges) {
      for (String end : List.of(edge.from(), edge.to())) {
        if (!reader.nodes.containsKey(end)) {
          throw new AssertionError("edge " + edge + " names undeclared node " + end);
        }
      }
    }
    return reader;
  }

  /** Statements up to and including the closing brace of the block they are in. */
  private void statements(String cluster, int rankGroup) {
    int group = rankGroup;
    while (!isAt("}")) {
      boolean block = isAt("{");
      String first = next();
      if (block || first.equals("subgraph")) {
        String name = "";
        if (!block) {
          name = next();
          expect("{");
        }
        statements(name.startsWith("cluster") ? name : cluster, -1);
      } else if (isAt("=")) {
        next();
        String value = next();
        if (first.equals("rank") && value.equals("same")) {
          group = rankGroups++;
        }
      } else if (List.of("graph", "node", "edge").contains(first)) {
        attributes();
      } else if (isAt("->")) {
        next();
        String to = next();
        edges.add(new Edge(first, to, attributes()));
      } else {
        if (nodes.containsKey(first)) {
          throw new AssertionError("node declared twice: " + first);
        }
        nodes.put(first, new Node(first, attributes(), cluster, group));
      }
      if (isAt(";")) {
        next();
      }
    }
    next();
  }

  private Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (!isAt("[")) {
      return attributes;
    }
    next();
    while (!isAt("]")) {
      String name = next();
      expect("=");
      attributes.put(name, next());
      if (isAt(",") || isAt(";")) {
        next();
      }
    }
    next();
    return attributes;
  }

  private Token peek() {
    if (at >= tokens.size()) {
      throw new AssertionError("the text ends inside a block: unbalanced braces");
    }
    return tokens.get(at);
  }

  /** Whether the next token is the punctuation {@code punctuation}, not a string saying it. */
  private boolean isAt(String punctuation) {
    return !peek().quoted() && peek().text().equals(punctuation);
  }

  private String next() {
    String token = peek().text();
    at++;
    return token;
  }

  private void expect(String punctuation) {
    if (!isAt(punctuation)) {
      throw new AssertionError("expected " + punctuation + " but found " + peek());
    }
    next();
  }



  /** Quoted strings (unescaped, \n as a line break), names, numbers, and DOT's punctuation. */
  private static List<Token> tokens(String dot) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < dot.length()) {
      char c = dot.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        StringBuilder text = new StringBuilder();
        i++;
        while (true) {
          if (i >= dot.length()) {
            throw new AssertionError("unterminated string: " + text);
          }
          char d = dot.charAt(i++);
          if (d == '"') {
            break;
          }
          if (d == '\\') {
            char escaped = dot.charAt(i++);
            text.append(escaped == 'n' ? '\n' : escaped);
          } else {
            text.append(d);
          }
        }
        tokens.add(new Token(text.toString(), true));
      } else if (dot.startsWith("->", i)) {
        tokens.add(new Token("->", false));
        i += 2;
      } else if ("{}[];=,".indexOf(c) >= 0) {
        tokens.add(new Token(String.valueOf(c), false));
        i++;
      } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
        int start = i;
        while (i < dot.length()
            && (Character.isLetterOrDigit(dot.charAt(i)) || dot.charAt(i) == '_'
                || dot.charAt(i) == '.')) {
          i++;
        }
        tokens.add(new Token(dot.substring(start, i), false));
      } else {
        throw new AssertionError("not DOT: '" + c + "' at " + i);
      }
    }
    return tokens;
  }
}
