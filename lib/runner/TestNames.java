package lib.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/** The names {@code -k} matches a test against: its own and its parents', as method, class and display names. */
final class TestNames {
    private TestNames() {}

    static List<String> of(TestDescriptor descriptor) {
        List<String> names = new ArrayList<>();
        for (Optional<TestDescriptor> current = Optional.of(descriptor);
                current.isPresent();
                current = current.get().getParent()) {
            TestDescriptor level = current.get();
            if (level.isRoot()) {
                break; // the engine's name ("JUnit Jupiter") would match every test
            }
            names.add(level.getDisplayName());
            level.getSource().ifPresent(source -> names.add(sourceName(source)));
        }
        return names;
    }

    /** The same names for a test of a discovered plan. */
    static List<String> of(TestPlan plan, TestIdentifier id) {
        List<String> names = new ArrayList<>();
        for (Optional<TestIdentifier> current = Optional.of(id);
                current.isPresent() && plan.getParent(current.get()).isPresent();
                current = plan.getParent(current.get())) {
            names.add(current.get().getDisplayName());
            current.get().getSource().ifPresent(source -> names.add(sourceName(source)));
        }
        return names;
    }

    private static String sourceName(TestSource source) {
        if (source instanceof MethodSource method) {
            return method.getMethodName();
        }
        if (source instanceof ClassSource type) {
            String className = type.getClassName();
            return className.substring(className.lastIndexOf('.') + 1);
        }
        return "";
    }
}
