package lib.fuzz;

/**
 * What a mutation did to a valid message, the rows of the closing table. Structure-aware kinds build a message that
 * is a valid flatbuffer of its schema with one thing changed; byte-level kinds break the buffer itself.
 */
public enum MutationKind {
    VALID("valid", true),
    FIELD_ABSENT("field-absent", true),
    EMPTY_STRING("empty-string", true),
    LONG_STRING("long-string", true),
    INVALID_UTF8("invalid-utf8", true),
    ODD_STRING("odd-string", true),
    EXTREME_NUMBER("extreme-number", true),
    EXTREME_TIME("extreme-time", true),
    WRONG_UNION("wrong-union", true),
    INCONSISTENT("inconsistent", true),
    BAD_JSON("bad-json", true),
    JSON_SHAPE("json-shape", true),
    FOREIGN_MESSAGE("foreign-message", true),
    DUPLICATE("duplicate", true),
    REORDER("reorder", true),
    BIT_FLIP("bit-flip", false),
    TRUNCATE("truncate", false),
    IDENTIFIER("identifier", false),
    VECTOR_LENGTH("vector-length", false),
    OFFSET("offset", false),
    GARBAGE("garbage", false);

    private final String label;
    private final boolean structural;

    MutationKind(String label, boolean structural) {
        this.label = label;
        this.structural = structural;
    }

    public String label() {
        return label;
    }

    /**
     * Whether the message is a valid flatbuffer whose content decides the answer exactly. A byte-level mutant that
     * still verifies here may not verify in another implementation (NUL terminators, alignment), so its answer may
     * also be silence.
     */
    public boolean structural() {
        return structural;
    }
}
