package selftests.writer.protocol;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Prints the tails of the scenario's writer logs when a test fails: the writer's side of the story. */
final class PrintWriterLogsOnFailure implements TestWatcher {
    private final Supplier<WriterRig> rig;

    PrintWriterLogsOnFailure(Supplier<WriterRig> rig) {
        this.rig = rig;
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WriterRig current = rig.get();
        if (current != null) {
            System.out.println("Writer logs after " + context.getDisplayName() + " failed:\n" + current.logs());
        }
    }
}
