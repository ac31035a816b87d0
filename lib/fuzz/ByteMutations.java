package lib.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Byte-level mutations of a valid buffer: flipped bits, truncation at every length class, a wrong or missing file
 * identifier, oversized vector lengths and offsets (found by walking the buffer's tables), and garbage.
 */
final class ByteMutations {
    static final List<String> IDENTIFIERS = List.of(
            "pl72", "6s4t", "x5f2", "answ", "wrdn", "f142", "f144", "ev42", "ev44", "ep00", "ep01", "al00", "hs00",
            "senv", "se00", "tdct", "ADAr", "ad00", "json", "da00");
    private static final long[] HUGE_LENGTHS = {0x7fff_ffffL, 0xffff_ffffL, 0x8000_0000L, 0x1000_0000L};
    private static final MutationKind[] KINDS = {
        MutationKind.BIT_FLIP,
        MutationKind.TRUNCATE,
        MutationKind.IDENTIFIER,
        MutationKind.VECTOR_LENGTH,
        MutationKind.OFFSET,
        MutationKind.GARBAGE
    };

    private ByteMutations() {}

    /** A byte-level mutant of {@code valid} (a {@code name} message) of a kind chosen by {@code random}. */
    static Mutant any(byte[] valid, String name, Random random) {
        return of(KINDS[random.nextInt(KINDS.length)], valid, name, random);
    }

    static Mutant of(MutationKind kind, byte[] valid, String name, Random random) {
        return switch (kind) {
            case BIT_FLIP -> bitFlips(valid, name, random);
            case TRUNCATE -> truncated(valid, name, random);
            case IDENTIFIER -> identifier(valid, name, random);
            case VECTOR_LENGTH -> vectorLength(valid, name, random);
            case OFFSET -> offset(valid, name, random);
            default -> garbage(name, random);
        };
    }

    private static Mutant bitFlips(byte[] valid, String name, Random random) {
        int flips = 1 << random.nextInt(4);
        byte[] bytes = valid.clone();
        List<Integer> bits = new ArrayList<>();
        for (int i = 0; i < flips; i++) {
            int bit = random.nextInt(bytes.length * 8);
            bytes[bit / 8] ^= (byte) (1 << (bit % 8));
            bits.add(bit);
        }
        return new Mutant(MutationKind.BIT_FLIP, name + " with " + flips + " bit(s) flipped, at bits " + bits, bytes);
    }

    /** Lengths from every class: empty, shorter than the identifier, the identifier alone, the header, most of it. */
    private static Mutant truncated(byte[] valid, String name, Random random) {
        int length = valid.length;
        int cut =
                switch (random.nextInt(6)) {
                    case 0 -> 0;
                    case 1 -> 1 + random.nextInt(7);
                    case 2 -> 8;
                    case 3 -> Math.min(length - 1, 9 + random.nextInt(8));
                    case 4 -> Math.min(length - 1, 17 + random.nextInt(Math.max(1, length / 2 - 17)));
                    default -> length / 2 + random.nextInt(Math.max(1, length - length / 2));
                };
        cut = Math.max(0, Math.min(cut, length - 1));
        byte[] bytes = new byte[cut];
        System.arraycopy(valid, 0, bytes, 0, cut);
        return new Mutant(MutationKind.TRUNCATE, name + " cut to " + cut + " of " + length + " bytes", bytes);
    }

    private static Mutant identifier(byte[] valid, String name, Random random) {
        switch (random.nextInt(5)) {
            case 0 -> {
                String other = IDENTIFIERS.get(random.nextInt(IDENTIFIERS.size()));
                return withIdentifier(valid, other.getBytes(StandardCharsets.US_ASCII), name + " sent as " + other);
            }
            case 1 -> {
                byte[] id = new byte[4];
                random.nextBytes(id);
                return withIdentifier(valid, id, name + " with a random identifier");
            }
            case 2 -> {
                return withIdentifier(valid, new byte[4], name + " with its identifier zeroed");
            }
            case 3 -> {
                // Without the identifier the offsets still count from byte 0, so everything is off by 4.
                byte[] bytes = new byte[valid.length - 4];
                System.arraycopy(valid, 0, bytes, 0, 4);
                System.arraycopy(valid, 8, bytes, 4, valid.length - 8);
                return new Mutant(MutationKind.IDENTIFIER, name + " with its identifier bytes removed", bytes);
            }
            default -> {
                // A size-prefixed buffer: a common mistake of producers; the identifier then sits at bytes 8..12.
                byte[] bytes = new byte[valid.length + 4];
                System.arraycopy(Patch.littleEndian(new byte[4], 0, valid.length, 4), 0, bytes, 0, 4);
                System.arraycopy(valid, 0, bytes, 4, valid.length);
                return new Mutant(MutationKind.IDENTIFIER, name + " with a size prefix", bytes);
            }
        }
    }

    private static Mutant withIdentifier(byte[] valid, byte[] identifier, String description) {
        return new Mutant(MutationKind.IDENTIFIER, description, Patch.overwrite(valid, 4, identifier));
    }

    private static Mutant vectorLength(byte[] valid, String name, Random random) {
        List<Integer> fields =
                FlatTable.root(valid).map(root -> root.offsetFields(1)).orElse(List.of());
        if (fields.isEmpty()) {
            return bitFlips(valid, name, random);
        }
        int field = fields.get(random.nextInt(fields.size()));
        int target = (int) (field + Patch.uint32(valid, field));
        long count = Patch.uint32(valid, target);
        long huge = random.nextInt(3) == 0 ? count + 1 + random.nextInt(64) : HUGE_LENGTHS[random.nextInt(4)];
        return new Mutant(
                MutationKind.VECTOR_LENGTH,
                name + ": the length at byte " + target + " (" + count + ") set to " + huge,
                Patch.littleEndian(valid, target, huge, 4));
    }

    private static Mutant offset(byte[] valid, String name, Random random) {
        Optional<FlatTable> root = FlatTable.root(valid);
        if (root.isEmpty()) {
            return bitFlips(valid, name, random);
        }
        List<Integer> fields = root.get().offsetFields(1);
        long value =
                switch (random.nextInt(4)) {
                    case 0 -> 0xffff_fff0L + random.nextInt(16);
                    case 1 -> valid.length + random.nextInt(8);
                    case 2 -> 0;
                    default -> 0x7fff_ffffL;
                };
        int choice = random.nextInt(4);
        if (choice == 0) {
            return new Mutant(
                    MutationKind.OFFSET,
                    name + ": root offset set to " + value,
                    Patch.littleEndian(valid, 0, value, 4));
        }
        if (choice == 1) {
            int table = root.get().position();
            return new Mutant(
                    MutationKind.OFFSET,
                    name + ": the root table's vtable offset set to " + (int) value,
                    Patch.littleEndian(valid, table, value, 4));
        }
        if (choice == 2 || fields.isEmpty()) {
            int slot = random.nextInt(Math.max(1, root.get().slots()));
            int entry = root.get().vtableEntryPosition(slot);
            if (entry < 0) {
                return bitFlips(valid, name, random);
            }
            long fieldOffset = 0xfff0 + random.nextInt(16);
            return new Mutant(
                    MutationKind.OFFSET,
                    name + ": vtable entry of slot " + slot + " set to " + fieldOffset,
                    Patch.littleEndian(valid, entry, fieldOffset, 2));
        }
        int field = fields.get(random.nextInt(fields.size()));
        return new Mutant(
                MutationKind.OFFSET,
                name + ": the offset at byte " + field + " set to " + value,
                Patch.littleEndian(valid, field, value, 4));
    }

    private static Mutant garbage(String name, Random random) {
        int length =
                switch (random.nextInt(3)) {
                    case 0 -> 1 + random.nextInt(16);
                    case 1 -> 17 + random.nextInt(240);
                    default -> 257 + random.nextInt(65_280);
                };
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        boolean keepIdentifier = length >= 8 && random.nextBoolean();
        if (keepIdentifier) {
            byte[] identifier = name.substring(0, 4).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(identifier, 0, bytes, 4, 4);
        }
        return new Mutant(
                MutationKind.GARBAGE,
                length + " random bytes" + (keepIdentifier ? " with a " + name.substring(0, 4) + " identifier" : ""),
                bytes);
    }
}
