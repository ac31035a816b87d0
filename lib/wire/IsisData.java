package lib.wire;

import lib.wire.generated.is84.ISISData;

/** is84 {@code ISISData} inside an ev42: the period (uint, kept in a long), run state and proton charge. */
public record IsisData(long periodNumber, RunState runState, float protonCharge) implements FacilityData {

    static final TableLayout LAYOUT = TableLayout.table("ISISData")
            .scalar("period_number", Integer.BYTES)
            .scalar("run_state", Byte.BYTES)
            .scalar("proton_charge", Float.BYTES);

    int write(FlatWriter out) {
        return ISISData.createISISData(out.builder, periodNumber, (byte) runState.ordinal(), protonCharge);
    }

    static IsisData read(ISISData table) {
        return new IsisData(
                table.periodNumber(),
                WireEnums.decode(RunState.values(), table.runState(), "is84", "run_state"),
                table.protonCharge());
    }
}
