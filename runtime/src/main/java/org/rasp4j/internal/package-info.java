/**
 * What rasp4j's own code shares and users do not call: walks of the graph that the analysis, the
 * interpreter and the processor (from the class path) need. The module does not export it.
 */
package org.rasp4j.internal;
