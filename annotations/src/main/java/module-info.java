/**
 * rasp4j's annotations: {@link org.rasp4j.annotation.RaspProgram} marks a program, {@link
 * org.rasp4j.annotation.RaspLibrary} a class of helpers for programs elsewhere, {@link
 * org.rasp4j.annotation.RaspGenerated} what the processor writes. No dependencies, so a build can
 * have them without the runtime.
 */
module org.rasp4j.annotation {
  exports org.rasp4j.annotation;
}
