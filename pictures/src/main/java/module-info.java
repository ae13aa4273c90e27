/**
 * SVG pictures of what the runtime computes: runs, selectors, SOps and program structure, from
 * one entry point, {@link org.rasp4j.picture.Pictures}.
 */
module org.rasp4j.picture {
  requires transitive org.rasp4j;

  exports org.rasp4j.picture;
}
