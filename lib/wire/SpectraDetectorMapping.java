package lib.wire;

/**
 * The df12 table a pl72 may carry (no writer uses it). Arrays are shared, not copied: treat them as read-only.
 */
public record SpectraDetectorMapping(int[] spectrum, int[] detectorId, int nSpectra) {

    static final TableLayout LAYOUT = TableLayout.table("SpectraDetectorMapping")
            .vector("spectrum", Integer.BYTES)
            .vector("detector_id", Integer.BYTES)
            .scalar("n_spectra", Integer.BYTES);

    int write(FlatWriter out) {
        int spectrumOffset = out.ints(spectrum);
        int detectorIdOffset = out.ints(detectorId);
        return lib.wire.generated.df12.SpectraDetectorMapping.createSpectraDetectorMapping(
                out.builder, spectrumOffset, detectorIdOffset, nSpectra);
    }

    static SpectraDetectorMapping read(lib.wire.generated.df12.SpectraDetectorMapping table) {
        if (table == null) {
            return null;
        }
        return new SpectraDetectorMapping(
                Vectors.ints(table.spectrumAsByteBuffer()),
                Vectors.ints(table.detectorIdAsByteBuffer()),
                table.nSpectra());
    }
}
