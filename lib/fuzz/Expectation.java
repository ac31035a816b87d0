package lib.fuzz;

import java.util.Set;
import java.util.TreeSet;

/**
 * The answer protocol.md promises for one message: how many answs with {@code key} (between {@code min} and
 * {@code max}) and which status codes they may carry. A null key stands for an answer that cannot be predicted
 * (the message may or may not be read as the command it resembles): it allows one answ that matches no other key.
 *
 * @param promise the rule, in words, for reports (e.g. "400: job_id is not a valid UUID (§4.3 step 3)")
 * @param othersReject a stop on a control topic other jobs read too: each of them may answer 400 (job id mismatch)
 *     besides the promised answs
 */
public record Expectation(ReplyKey key, int min, int max, Set<Integer> codes, String promise, boolean othersReject) {
    public static final int ANY = Integer.MAX_VALUE;
    private static final Set<Integer> ALL_CODES = Set.of(201, 400, 500);

    public Expectation {
        codes = Set.copyOf(codes);
    }

    /** Nothing is published for this message. */
    public static Expectation silent(ReplyKey keyOrNull, String promise) {
        return new Expectation(keyOrNull, 0, 0, Set.of(), promise, false);
    }

    /** Exactly one answ with one of {@code codes}. */
    public static Expectation reply(ReplyKey key, Set<Integer> codes, String promise) {
        return new Expectation(key, 1, 1, codes, promise, false);
    }

    /** protocol.md leaves it open: no answ or one with any code. */
    public static Expectation open(ReplyKey keyOrNull, String promise) {
        return new Expectation(keyOrNull, 0, 1, ALL_CODES, promise, false);
    }

    /** The same promise, but silence is acceptable too (a byte-level mutant another verifier may refuse). */
    public Expectation orSilence() {
        return min == 0 ? this : new Expectation(key, 0, max, codes, promise + ", or silence", othersReject);
    }

    /** The same promise, with 400s of other jobs reading the same control topic allowed besides. */
    public Expectation readByOtherJobs() {
        return new Expectation(key, min, max, codes, promise, true);
    }

    /** "answ 400", "answ 201 or 500", "no answ", "no answ or an answ", for reports. */
    public String describe() {
        if (max == 0) {
            return "no answ";
        }
        String codeText = String.join(
                " or ", new TreeSet<>(codes).stream().map(String::valueOf).toList());
        return (min == 0 ? "no answ or " : "") + "answ " + codeText;
    }
}
