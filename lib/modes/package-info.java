/**
 * How a run gets its Kafka and its writers: {@link lib.modes.KafkaMode} (embedded, an external cluster, compose)
 * and {@link lib.modes.WriterMode} (reference-writer processes, a local build, containers from an image, none).
 * Each mode is one class; the runner parses the options into one of each and asks it to start, describe itself
 * and stop. A new mode is a new class here plus one line where the option is parsed.
 */
package lib.modes;
