package writer.output;

/** One stream of a job (companions included): the topic it reads, the source and the writer module. */
public record StreamSource(String topic, String source, String module) {}
