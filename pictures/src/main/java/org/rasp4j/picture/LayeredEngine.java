package org.rasp4j.picture;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The Eclipse Layout Kernel's layered algorithm, run on boxes of known sizes: it orders the boxes
 * of each layer so that few arrows cross, places them, and routes every arrow orthogonally around
 * the boxes. Each box's partition (its program layer) keeps it below every box of a lower one, so
 * a program layer is a horizontal band. Everything here is ELK; the picture knows none of it.
 */
final class LayeredEngine {
  /** Room between boxes side by side, and between rows of boxes (where the arrows run). */
  static final double BOX_GAP = 24;
  static final double ROW_GAP = 36;
  /** Room between an arrow and a box it passes, and between parallel arrows. */
  static final double EDGE_GAP = 10;

  private LayeredEngine() {}

  /** A box to place: its size and partition. */
  record Node(String id, double width, double height, int partition) {}

  /** A point of the picture. */
  record Point(double x, double y) {}

  /**
   * Where everything went, with the top left of the whole at (0, 0).
   *
   * @param places each box's top left corner, by id
   * @param routes each arrow's points from start to end, in the order of the arrows given
   */
  record Placement(Map<String, Point> places, List<List<Point>> routes) {}

  static {
    // The layered algorithm's options and id, which ELK otherwise finds through a ServiceLoader
    // that a module layer or a shaded jar may not show it.
    LayoutMetaDataService.getInstance()
        .registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
  }

  static Placement place(List<Node> nodes, List<StructureGraph.Edge> edges) {
    ElkNode graph = ElkGraphUtil.createGraph();
    graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    graph.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
    graph.setProperty(CoreOptions.PADDING, new ElkPadding(0));
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE, BOX_GAP);
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, ROW_GAP);
    graph.setProperty(LayeredOptions.SPACING_EDGE_NODE, EDGE_GAP);
    graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, EDGE_GAP);
    graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE, EDGE_GAP);
    graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, EDGE_GAP);
    // Apart pictures of unconnected parts would each start at the left; one drawing keeps bands.
    graph.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
    // The same program, the same picture: ELK's randomised steps start from a fixed seed.
    graph.setProperty(LayeredOptions.RANDOM_SEED, 1);

    Map<String, ElkNode> shapes = new LinkedHashMap<>();
    for (Node node : nodes) {
      ElkNode shape = ElkGraphUtil.createNode(graph);
      shape.setIdentifier(node.id());
      shape.setDimensions(node.width(), node.height());
      shape.setProperty(LayeredOptions.PARTITIONING_PARTITION, node.partition());
      shapes.put(node.id(), shape);
    }
    List<ElkEdge> arrows = new ArrayList<>();
    for (StructureGraph.Edge edge : edges) {
      arrows.add(ElkGraphUtil.createSimpleEdge(shapes.get(edge.from()), shapes.get(edge.to())));
    }

    new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

    Map<String, Point> places = new LinkedHashMap<>();
    shapes.forEach((id, shape) -> places.put(id, new Point(shape.getX(), shape.getY())));
    List<List<Point>> routes = new ArrayList<>();
    for (ElkEdge arrow : arrows) {
      // A simple edge between two nodes of one graph has one section, in the graph's coordinates.
      ElkEdgeSection section = arrow.getSections().get(0);
      List<Point> route = new ArrayList<>();
      route.add(new Point(section.getStartX(), section.getStartY()));
      for (ElkBendPoint bend : section.getBendPoints()) {
        route.add(new Point(bend.getX(), bend.getY()));
      }
      route.add(new Point(section.getEndX(), section.getEndY()));
      routes.add(route);
    }
    return new Placement(places, routes);
  }
}
