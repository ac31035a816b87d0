package lib.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Whether a text is one JSON value as RFC 8259 defines it, read as a stream (no depth or length limits, so a deep or
 * huge structure is judged by the grammar alone). Texts where parsers are known to differ (a byte-order mark, a lone
 * surrogate escape, a number no double can hold) are {@link Verdict#UNCERTAIN}.
 */
final class JsonCheck {
    enum Verdict {
        VALID,
        INVALID,
        UNCERTAIN
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxDocumentLength(-1)
                    .build())
            .build();
    private static final Pattern HIGH_SURROGATE_ESCAPE = Pattern.compile("\\\\u[dD][89abAB]");

    private JsonCheck() {}

    static Verdict of(String text) {
        if (text.startsWith("\ufeff")) {
            return Verdict.UNCERTAIN;
        }
        boolean uncertain = HIGH_SURROGATE_ESCAPE.matcher(text).find();
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                return Verdict.INVALID;
            }
            int depth = 0;
            do {
                if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.VALUE_NUMBER_FLOAT && Double.isInfinite(parser.getValueAsDouble())) {
                    uncertain = true;
                } else if (token == JsonToken.VALUE_NUMBER_INT
                        && parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    uncertain = true;
                }
            } while (depth > 0 && (token = parser.nextToken()) != null);
            if (depth > 0 || parser.nextToken() != null) {
                return Verdict.INVALID;
            }
            return uncertain ? Verdict.UNCERTAIN : Verdict.VALID;
        } catch (IOException | RuntimeException e) {
            return uncertain ? Verdict.UNCERTAIN : Verdict.INVALID;
        }
    }
}
