/**
 * Pictures of RASP programs as SVG, drawn the way the blog draws them: each SOp a row of
 * value boxes, each attention head a selector matrix with the queries on the left, the keys on
 * top, the values below and the aggregated output on the right, layers stacked and labelled, one
 * colour per distinct value.
 *
 * <p>Entry point: {@link org.rasp4j.picture.Pictures} (a run on one input, a selector, an SOp, the
 * program's structure without input); {@link org.rasp4j.picture.Gallery} puts several pictures on
 * one HTML page. SVG is text, so no library is needed: {@link org.rasp4j.picture.Element} builds it
 * with escaping. The runtime knows nothing of this package: pictures read what it computes.
 */
package org.rasp4j.picture;
