package writer.protocol;

import java.util.regex.Pattern;

/** The writer's UUID check: 8-4-4-4-12 hex, version 1 to 5, RFC 4122 variant (which also rules out the nil UUID). */
final class Uuids {
    private static final Pattern VALID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");

    private Uuids() {}

    static boolean isValid(String text) {
        return text != null && VALID.matcher(text).matches();
    }
}
