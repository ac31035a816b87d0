package lib.fuzz;

import java.util.regex.Pattern;

/** protocol.md §0's valid UUID: 8-4-4-4-12 hex, version 1–5, RFC 4122 variant (so not the nil UUID). */
final class Uuids {
    private static final Pattern RULE =
            Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-[1-5]\\p{XDigit}{3}-[89abAB]\\p{XDigit}{3}-\\p{XDigit}{12}");

    private Uuids() {}

    static boolean valid(String text) {
        return RULE.matcher(text).matches();
    }
}
