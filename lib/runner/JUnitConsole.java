package lib.runner;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.console.ConsoleLauncher;
import org.junit.platform.console.command.CommandResult;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs compiled tests in this JVM through the JUnit Platform console launcher; the harness's listener and
 * {@code -k} filter join through ServiceLoader.
 */
public final class JUnitConsole {
    /** Lets Jupiter find the harness's extensions (such as fail-fast) through ServiceLoader. */
    private static final String AUTODETECT = "junit.jupiter.extensions.autodetection.enabled=true";
    /** Runs test classes with historical data first, so newer data on a shared topic cannot cut their windows. */
    private static final String CLASS_ORDER = "junit.jupiter.testclass.order.default=lib.fixtures.CatalogueClassOrder";

    private JUnitConsole() {}

    /** What a run of the console launcher ended with. */
    record Outcome(int exitCode, boolean nothingRan) {}

    /**
     * Runs every test class in {@code classes} with the given configuration parameters (the run's settings, read by
     * the fixtures and the harness's listener); the exit code is non-zero on failure or when no tests were found.
     */
    static Outcome execute(
            Path classes, Path reportsDir, Map<String, String> parameters, List<String> passThrough, boolean verbose) {
        // The harness's listener reports; the console's own report only with -v or when asked for with --details.
        boolean detailsAsked = passThrough.stream().anyMatch(option -> option.startsWith("--details"));
        boolean consoleVisible = verbose || detailsAsked;
        List<String> args = new ArrayList<>(List.of(
                "execute",
                "--disable-banner",
                "--class-path",
                classes.toString(),
                "--scan-class-path",
                classes.toString(),
                "--include-classname",
                ".*",
                "--reports-dir",
                reportsDir.toString(),
                "--config",
                AUTODETECT,
                "--config",
                CLASS_ORDER,
                "--fail-if-no-tests"));
        parameters.forEach((key, value) -> args.addAll(List.of("--config", key + "=" + value)));
        if (!detailsAsked) {
            args.addAll(List.of("--details", verbose ? "summary" : "none"));
        }
        args.addAll(passThrough);
        PrintWriter out = consoleVisible ? new PrintWriter(System.out, true) : new PrintWriter(Writer.nullWriter());
        PrintWriter err = new PrintWriter(System.err, true);
        CommandResult<?> result = ConsoleLauncher.run(out, err, args.toArray(String[]::new));
        out.flush();
        err.flush();
        boolean nothingRan = result.getValue()
                .filter(TestExecutionSummary.class::isInstance)
                .map(TestExecutionSummary.class::cast)
                .map(summary -> summary.getTestsSucceededCount() + summary.getTestsFailedCount() == 0)
                .orElse(true);
        return new Outcome(result.getExitCode(), nothingRan);
    }

    /** The tests {@code -k} selects among the classes in {@code classes}, as "Class > test" lines; runs nothing. */
    public static List<String> list(Path classes) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()}, previous)) {
            Thread.currentThread().setContextClassLoader(loader);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(DiscoverySelectors.selectClasspathRoots(Set.of(classes)))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                    .build();
            Launcher launcher = LauncherFactory.create();
            TestPlan plan = launcher.discover(request);
            KeywordExpression expression = KeywordFilter.fromSystemProperty();
            List<String> lines = new ArrayList<>();
            for (TestIdentifier root : plan.getRoots()) {
                for (TestIdentifier id : plan.getDescendants(root)) {
                    if (id.isTest()) {
                        lines.add(path(plan, id));
                    } else if (isTemplate(plan, root, id)) {
                        boolean allInvocations = expression == null || expression.matches(TestNames.of(plan, id));
                        lines.add(path(plan, id) + (allInvocations ? "" : " (only invocations whose names match -k)"));
                    }
                }
            }
            return lines;
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(classes + " is not a usable folder", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** A parameterised test: a container below a class whose tests appear only when it runs. */
    private static boolean isTemplate(TestPlan plan, TestIdentifier root, TestIdentifier id) {
        return id.isContainer()
                && plan.getChildren(id).isEmpty()
                && plan.getParent(id).map(parent -> !parent.equals(root)).orElse(false)
                && id.getSource().map(source -> source instanceof MethodSource).orElse(false);
    }

    private static String path(TestPlan plan, TestIdentifier id) {
        List<String> names = new ArrayList<>();
        for (Optional<TestIdentifier> current = Optional.of(id);
                current.isPresent() && plan.getParent(current.get()).isPresent();
                current = plan.getParent(current.get())) {
            names.add(0, current.get().getDisplayName());
        }
        return String.join(" > ", names);
    }
}
