package selftests.containers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Hands a test its {@link TestRun} and removes the run's containers after the test, however it ended. */
final class ContainerRuns implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ContainerRuns.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestRun.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(TestRun.class, key -> newRun(), TestRun.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestRun run = context.getStore(NAMESPACE).remove(TestRun.class, TestRun.class);
        if (run != null) {
            run.close();
        }
    }

    private static TestRun newRun() {
        try {
            return new TestRun(Files.createTempDirectory("writer-containers"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
