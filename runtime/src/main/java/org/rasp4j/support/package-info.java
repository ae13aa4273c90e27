/**
 * What the reference interpreter and the evaluators the annotation processor generates share, so
 * the two cannot drift apart: the checked arithmetic of the built-in operations and the text of
 * every run-time problem. Generated code calls these classes; nothing else here is for users.
 */
package org.rasp4j.support;
