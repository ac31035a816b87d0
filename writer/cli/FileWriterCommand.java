package writer.cli;

/** Placeholder until the writer's command line lands (issue 4). */
public final class FileWriterCommand {
    private FileWriterCommand() {
    }

    public static int run(String... args) {
        System.err.println("file_writer: not implemented yet");
        return 2;
    }
}
