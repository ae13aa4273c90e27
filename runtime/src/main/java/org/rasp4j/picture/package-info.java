/**
 * Pictures of RASP programs as SVG, drawn the way the seed blog draws them: each SOp a row of
 * value boxes, each attention head a selector matrix with the queries on the left, the keys on
 * top, the values below and the aggregated output on the right, layers stacked and labelled, one
 * colour per distinct value.
 *
 * <p>Entry points: {@link org.rasp4j.picture.TraceDiagram} (a run on one input), {@link
 * org.rasp4j.picture.SelectorDiagram}, {@link org.rasp4j.picture.SopDiagram}, {@link
 * org.rasp4j.picture.StructureDiagram} (the program without input) and {@link
 * org.rasp4j.picture.Gallery} (several pictures on one HTML page). SVG is text, so no library is
 * needed: {@link org.rasp4j.picture.Element} builds it with escaping.
 */
package org.rasp4j.picture;
