package lib.soak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the JUnit XML reports of one run ({@code logs/<run>/junit/TEST-*.xml}, as the console launcher writes
 * them): one outcome per {@code <testcase>}, failed when it holds a {@code <failure>} or {@code <error>}, skipped
 * when it holds a {@code <skipped>}, its duration from the {@code time} attribute.
 */
public final class JUnitReports {
    private JUnitReports() {}

    public static List<TestOutcome> read(Path junitFolder) {
        List<TestOutcome> outcomes = new ArrayList<>();
        try (Stream<Path> files = Files.list(junitFolder)) {
            for (Path report : files.filter(JUnitReports::isReport).sorted().toList()) {
                outcomes.addAll(readReport(report));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the JUnit reports in " + junitFolder + ": " + e.getMessage());
        }
        return outcomes;
    }

    private static boolean isReport(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith("TEST-") && name.endsWith(".xml");
    }

    private static List<TestOutcome> readReport(Path report) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = factory.newDocumentBuilder().parse(report.toFile());
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("cannot parse the JUnit report " + report + ": " + e.getMessage());
        }
        List<TestOutcome> outcomes = new ArrayList<>();
        NodeList cases = document.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            String name = shortName(testCase.getAttribute("classname"), testCase.getAttribute("name"));
            outcomes.add(new TestOutcome(name, status(testCase), seconds(testCase.getAttribute("time"))));
        }
        return outcomes;
    }

    /** "test_filewriter_links.test_links" for tests.test_filewriter_links and "test_links(WorkerPool, Jobs)". */
    static String shortName(String className, String method) {
        String simpleClass = className.substring(className.lastIndexOf('.') + 1);
        return simpleClass + "." + method.replaceFirst("\\([^)]*\\)", "");
    }

    private static TestOutcome.Status status(Element testCase) {
        if (has(testCase, "failure") || has(testCase, "error")) {
            return TestOutcome.Status.FAILED;
        }
        return has(testCase, "skipped") ? TestOutcome.Status.SKIPPED : TestOutcome.Status.PASSED;
    }

    private static boolean has(Element testCase, String child) {
        return testCase.getElementsByTagName(child).getLength() > 0;
    }

    private static double seconds(String time) {
        try {
            return time.isEmpty() ? 0 : Double.parseDouble(time.replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
