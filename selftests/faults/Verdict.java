package selftests.faults;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A test's outcome as a run's JUnit XML records it (passed, failure, error or skipped) and its message. */
record Verdict(String test, String outcome, String message) {

    /** The verdicts of every test of the run in folder {@code run}, in the order they ran. */
    static List<Verdict> allOf(Path run) throws Exception {
        Path report = run.resolve("junit").resolve("TEST-junit-jupiter.xml");
        NodeList cases = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(report.toFile())
                .getElementsByTagName("testcase");
        List<Verdict> verdicts = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            String name = testCase.getAttribute("name");
            String method = name.contains("(") ? name.substring(0, name.indexOf('(')) : name;
            verdicts.add(of(method, testCase));
        }
        return verdicts;
    }

    private static Verdict of(String test, Element testCase) {
        for (String outcome : List.of("failure", "error", "skipped")) {
            NodeList found = testCase.getElementsByTagName(outcome);
            if (found.getLength() > 0) {
                return new Verdict(test, outcome, ((Element) found.item(0)).getAttribute("message"));
            }
        }
        return new Verdict(test, "passed", "");
    }
}
