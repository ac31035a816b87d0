package lib.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lib.wire.ActionResponse;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Compares the answs a batch got with the answers promised to its messages, by {@link ReplyKey}: each key must get
 * between the promised minimum and maximum of answs, all with promised codes. Answs to the fuzzer's own commands
 * are left out; answs with a key nothing promised are allowed only as many times as messages whose answer could
 * not be predicted; a 400 to a stop answered in an earlier batch is a stop read again (HEAD reads a reused control
 * topic from the job's start time, protocol.md §1.3) and allowed.
 */
final class AnswerCheck {
    /** Answs still on their way when the batch's barrier was answered get this long. */
    private static final Duration LATE_ANSWERS = Duration.ofSeconds(5);

    private final Traffic traffic;
    private final FuzzJobs jobs;
    private final Set<ReplyKey> answeredBefore = new HashSet<>();

    AnswerCheck(Traffic traffic, FuzzJobs jobs) {
        this.traffic = traffic;
        this.jobs = jobs;
    }

    /** The deviations among the answs read since {@code mark}. */
    List<Deviation> check(int mark, List<Expected> expected) {
        Map<ReplyKey, List<Expected>> byKey = new LinkedHashMap<>();
        int unpredictable = 0;
        for (Expected item : expected) {
            if (item.expectation().key() == null) {
                unpredictable += item.expectation().max() == 0 ? 0 : 1;
            } else {
                byKey.computeIfAbsent(item.expectation().key(), key -> new ArrayList<>())
                        .add(item);
            }
        }
        awaitPromised(mark, byKey);
        Map<ReplyKey, List<ActionResponse>> answers = answersByKey(mark);
        List<Deviation> deviations = new ArrayList<>();
        for (Map.Entry<ReplyKey, List<Expected>> entry : byKey.entrySet()) {
            List<ActionResponse> got = answers.remove(entry.getKey());
            got = got == null ? List.of() : got;
            if (entry.getValue().stream().anyMatch(item -> item.expectation().othersReject())) {
                got = got.stream().filter(answer -> answer.statusCode() != 400).toList();
            }
            deviations.addAll(compare(entry.getKey(), entry.getValue(), got));
        }
        for (Map.Entry<ReplyKey, List<ActionResponse>> extra : answers.entrySet()) {
            for (ActionResponse answer : extra.getValue()) {
                if (answer.statusCode() == 400 && answeredBefore.contains(extra.getKey())) {
                    continue;
                }
                if (unpredictable > 0) {
                    unpredictable--;
                    continue;
                }
                deviations.add(new Deviation(
                        null,
                        "an answ nothing sent asks for: " + extra.getKey() + ", " + answer.statusCode() + " "
                                + brief(answer.message())));
            }
        }
        answeredBefore.addAll(byKey.keySet());
        return deviations;
    }

    private static List<Deviation> compare(ReplyKey key, List<Expected> promises, List<ActionResponse> got) {
        int min = 0;
        long max = 0;
        Set<Integer> codes = new HashSet<>();
        for (Expected promise : promises) {
            min += promise.expectation().min();
            max += promise.expectation().max();
            codes.addAll(promise.expectation().codes());
        }
        FuzzInput input = promises.get(0).input();
        String promised = promises.get(0).expectation().promise();
        List<Deviation> deviations = new ArrayList<>();
        if (got.size() < min) {
            deviations.add(new Deviation(
                    input,
                    "expected " + promises.get(0).expectation().describe() + " (" + promised + "), got "
                            + (got.isEmpty() ? "none" : got.size() + " of " + min)));
        } else if (got.size() > max) {
            deviations.add(new Deviation(
                    input,
                    (max == 0 ? "expected no answ (" + promised + ")" : "expected at most " + max + " answ(s)")
                            + ", got " + got.size() + ": " + got.get(0).statusCode() + " "
                            + brief(got.get(0).message())));
        }
        for (ActionResponse answer : got) {
            if (max > 0 && !codes.contains(answer.statusCode())) {
                deviations.add(new Deviation(
                        input,
                        "expected " + promises.get(0).expectation().describe() + " (" + promised + "), got "
                                + answer.statusCode() + " " + brief(answer.message())));
            }
        }
        return deviations;
    }

    /** Waits (briefly) until every key that must be answered has its answs. */
    private void awaitPromised(int mark, Map<ReplyKey, List<Expected>> byKey) {
        try {
            Awaitility.await()
                    .atMost(LATE_ANSWERS)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(20))
                    .until(() -> {
                        Map<ReplyKey, List<ActionResponse>> answers = answersByKey(mark);
                        return byKey.entrySet().stream()
                                .allMatch(entry -> answers.getOrDefault(entry.getKey(), List.of())
                                                .size()
                                        >= entry.getValue().stream()
                                                .mapToInt(item ->
                                                        item.expectation().min())
                                                .sum());
                    });
        } catch (ConditionTimeoutException e) {
            // The comparison reports what is missing.
        }
    }

    private Map<ReplyKey, List<ActionResponse>> answersByKey(int mark) {
        Map<ReplyKey, List<ActionResponse>> answers = new LinkedHashMap<>();
        for (Traffic.Answer answer : traffic.answersFrom(mark)) {
            if (!jobs.own(answer.answer())) {
                answers.computeIfAbsent(ReplyKey.of(answer.answer()), key -> new ArrayList<>())
                        .add(answer.answer());
            }
        }
        return answers;
    }

    static String brief(String message) {
        String line = message.replace('\n', ' ');
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }
}
