package writer.output.modules;

/** A created stream module with what it reads and where it writes. */
public record ModuleInstance(String topic, String source, String moduleName, String groupPath, WriterModule module) {}
