package org.rasp4j.picture;

/**
 * A drawn part of a picture, in the picture's own coordinates, with how far right it reaches and
 * how tall it is, so the next part can go below it and the picture can be sized to fit.
 */
record Block(Element element, double right, double height) {}
