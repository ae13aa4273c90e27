/**
 * What transformer a program needs: its {@link org.rasp4j.analysis.Schedule} of attention layers,
 * heads and MLP blocks, computed from the graph alone.
 */
package org.rasp4j.analysis;
