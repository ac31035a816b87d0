package lib.fuzz;

import java.util.List;

/**
 * What the mutations need to know of a data schema's root table, from protocol.md §3: how many slots it has, which
 * slot holds the source name, which hold strings, which scalars are worth setting to extremes, and where the hidden
 * type byte of each union is.
 */
record SlotInfo(int slots, int sourceSlot, List<Integer> stringSlots, List<Scalar> scalars, List<Union> unions) {
    enum ScalarKind {
        TIME,
        NUMBER,
        ENUM,
        FLOAT
    }

    /** A scalar field: its slot, its width in bytes and what it holds. */
    record Scalar(int slot, int width, ScalarKind kind, String name) {}

    /** A union's hidden type slot and its number of members (codes 1..members). */
    record Union(int typeSlot, int members, String name) {}

    SlotInfo {
        stringSlots = List.copyOf(stringSlots);
        scalars = List.copyOf(scalars);
        unions = List.copyOf(unions);
    }

    static Scalar time(int slot, String name) {
        return new Scalar(slot, 8, ScalarKind.TIME, name);
    }

    static Scalar number(int slot, int width, String name) {
        return new Scalar(slot, width, ScalarKind.NUMBER, name);
    }

    static Scalar enumeration(int slot, int width, String name) {
        return new Scalar(slot, width, ScalarKind.ENUM, name);
    }

    static Scalar floating(int slot, String name) {
        return new Scalar(slot, 8, ScalarKind.FLOAT, name);
    }
}
