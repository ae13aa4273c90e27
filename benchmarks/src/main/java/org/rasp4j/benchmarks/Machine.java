package org.rasp4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Where and when the suite ran: the report states it, since times mean nothing without it. The
 * load average is read at the start and the end of the run (other work on the machine slows
 * every measurement).
 */
public record Machine(
    int cores, String cpu, String jdk, String os, String date, String loadAtStart,
    String loadAtEnd) {

  /** This machine now; {@code loadAtStart} as read when the run began. */
  static Machine here(String loadAtStart) {
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        cpuModel().orElse("unknown CPU"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.arch"),
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        loadAtStart,
        loadAverage());
  }

  /** The first three fields of /proc/loadavg (1, 5 and 15 minutes), or "unknown". */
  static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Optional<String> cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
