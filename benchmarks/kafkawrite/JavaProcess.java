
import java.util.Optional;

/** The JVM behind a writer's PID: the launcher execs java, a wrapper or a container's init may leave it a child. */
final class JavaProcess {
    private JavaProcess() {}

    static Optional<Long> find(long pid) {
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty()) {
            return Optional.empty();
        }
        if (isJava(process.get())) {
            return Optional.of(pid);
        }
        return process.get()
                .descendants()
                .filter(JavaProcess::isJava)
                .findFirst()
                .map(ProcessHandle::pid);
    }

    private static boolean isJava(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> command.endsWith("/java"))
                .orElse(false);
    }
}
