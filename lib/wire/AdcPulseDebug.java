package lib.wire;

/**
 * dtdb {@code AdcPulseDebug} inside an ev42. The [uint] vectors keep their raw bits in int arrays; times are ns.
 * Arrays are shared, not copied: treat them as read-only.
 */
public record AdcPulseDebug(int[] amplitude, int[] peakArea, int[] background, long[] thresholdTime, long[] peakTime)
        implements FacilityData {

    static final TableLayout LAYOUT = TableLayout.table("AdcPulseDebug")
            .vector("amplitude", Integer.BYTES)
            .vector("peak_area", Integer.BYTES)
            .vector("background", Integer.BYTES)
            .vector("threshold_time", Long.BYTES)
            .vector("peak_time", Long.BYTES);

    int write(FlatWriter out) {
        return lib.wire.generated.dtdb.AdcPulseDebug.createAdcPulseDebug(
                out.builder,
                out.ints(amplitude),
                out.ints(peakArea),
                out.ints(background),
                out.longs(thresholdTime),
                out.longs(peakTime));
    }

    static AdcPulseDebug read(lib.wire.generated.dtdb.AdcPulseDebug table) {
        return new AdcPulseDebug(
                Vectors.ints(table.amplitudeAsByteBuffer()),
                Vectors.ints(table.peakAreaAsByteBuffer()),
                Vectors.ints(table.backgroundAsByteBuffer()),
                Vectors.longs(table.thresholdTimeAsByteBuffer()),
                Vectors.longs(table.peakTimeAsByteBuffer()));
    }
}
