/**
 * The graph a RASP program is: SOp nodes ({@link org.rasp4j.ir.SopNode}) and selector nodes
 * ({@link org.rasp4j.ir.SelectorNode}). Programs build it through the DSL ({@code org.rasp4j});
 * traces and schedules hand its nodes out. It is public API for tools too, constructors included:
 * the processor builds nodes itself and turns them back into the DSL with {@code Sop.wrap} and
 * {@code Selector.wrap}. Every node checks its operand types when it is built, however it is built.
 */
package org.rasp4j.ir;
