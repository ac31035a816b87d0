package lib.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * The wire layout of one flatbuffers table as the verifier needs it: one entry per vtable slot, in the
 * order of the {@code .fbs} declaration. A union takes two slots (its hidden type byte, then the offset).
 */
record TableLayout(String name, List<Field> fields) {

    enum Kind {
        SCALAR,
        STRING,
        VECTOR,
        STRING_VECTOR,
        TABLE,
        TABLE_VECTOR,
        UNION_TYPE,
        UNION
    }

    /** One slot. {@code size}: bytes of a scalar or of a vector element; {@code members}: union members by code - 1. */
    record Field(String name, Kind kind, int size, boolean required, TableLayout table, List<TableLayout> members) {}

    static TableLayout table(String name) {
        return new TableLayout(name, List.of());
    }

    TableLayout scalar(String field, int size) {
        return with(new Field(field, Kind.SCALAR, size, false, null, List.of()));
    }

    TableLayout string(String field) {
        return with(new Field(field, Kind.STRING, 1, false, null, List.of()));
    }

    /** Several optional string fields in consecutive slots. */
    TableLayout strings(String... fields) {
        TableLayout layout = this;
        for (String field : fields) {
            layout = layout.string(field);
        }
        return layout;
    }

    /** Several scalar fields of one size in consecutive slots. */
    TableLayout scalars(int size, String... fields) {
        TableLayout layout = this;
        for (String field : fields) {
            layout = layout.scalar(field, size);
        }
        return layout;
    }

    TableLayout requiredString(String field) {
        return with(new Field(field, Kind.STRING, 1, true, null, List.of()));
    }

    TableLayout vector(String field, int elementSize) {
        return with(new Field(field, Kind.VECTOR, elementSize, false, null, List.of()));
    }

    TableLayout requiredVector(String field, int elementSize) {
        return with(new Field(field, Kind.VECTOR, elementSize, true, null, List.of()));
    }

    TableLayout stringVector(String field) {
        return with(new Field(field, Kind.STRING_VECTOR, 4, false, null, List.of()));
    }

    TableLayout table(String field, TableLayout nested) {
        return with(new Field(field, Kind.TABLE, 4, false, nested, List.of()));
    }

    TableLayout tableVector(String field, TableLayout element, boolean required) {
        return with(new Field(field, Kind.TABLE_VECTOR, 4, required, element, List.of()));
    }

    TableLayout union(String field, boolean required, List<TableLayout> members) {
        return with(new Field(field + "_type", Kind.UNION_TYPE, 1, false, null, List.of()))
                .with(new Field(field, Kind.UNION, 4, required, null, List.copyOf(members)));
    }

    private TableLayout with(Field field) {
        List<Field> more = new ArrayList<>(fields);
        more.add(field);
        return new TableLayout(name, List.copyOf(more));
    }
}
