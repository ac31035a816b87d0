package lib.nexus;

import java.math.BigInteger;

/**
 * Entry point of the NeXus file assertions:
 * {@code assertThat(file).dataset("entry/x").hasShape(3).containsExactly(1, 2, 3)}.
 */
public final class NexusAssertions {
    private NexusAssertions() {}

    public static NexusFileAssert assertThat(NexusFile file) {
        return new NexusFileAssert(file);
    }

    /** An unsigned 64-bit value written in decimal, as jhdf reads uint64 elements. */
    public static BigInteger uint64(String decimal) {
        return new BigInteger(decimal);
    }
}
