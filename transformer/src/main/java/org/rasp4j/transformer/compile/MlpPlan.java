package org.rasp4j.transformer.compile;

import java.util.List;

/**
 * An MLP that writes a base's one-hot: a table from the values of its source bases to the value
 * of its SOps (a tuple of them when {@code tuple}).
 *
 * @param output the base written
 * @param targets the SOps computed
 * @param tuple whether the base's values are the lists of the targets' values
 * @param sources the bases read; a head of the same layer is read through its attention output
 * @param layer the layer whose MLP computes it
 */
record MlpPlan(Base output, List<org.rasp4j.ir.SopNode> targets, boolean tuple, List<Base> sources,
    int layer) {}
