package lib.wire;

/** The facility-specific part an ev42 may carry: {@link IsisData} (is84) or {@link AdcPulseDebug} (dtdb). */
public sealed interface FacilityData permits IsisData, AdcPulseDebug {}
