package lib.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lib.wire.Profile;

/**
 * The NeXus structure of the data job: one group per schema under /entry, each with its module reading the data
 * topic under the schema's source name, and (HEAD) an mdat; only modules the writers have.
 */
record DataStructure(List<DataSchema> schemas, String json) {
    private static final List<DataSchema> CURRENT = List.of(
            DataSchema.F144,
            DataSchema.EV44,
            DataSchema.EP01,
            DataSchema.AL00,
            DataSchema.TDCT,
            DataSchema.SE00,
            DataSchema.AD00,
            DataSchema.DA00);
    private static final List<DataSchema> ONLY_2022 = List.of(
            DataSchema.F142, DataSchema.EV42, DataSchema.EP00, DataSchema.SENV, DataSchema.ADAR, DataSchema.HS00);

    DataStructure {
        schemas = List.copyOf(schemas);
    }

    /** The structure for writers of {@code profile} that lack the modules in {@code absent}. */
    static DataStructure of(Profile profile, Set<String> absent, String topic) {
        List<DataSchema> schemas = new ArrayList<>();
        if (profile == Profile.P2022) {
            schemas.addAll(ONLY_2022);
        }
        schemas.addAll(CURRENT);
        schemas.removeIf(schema -> absent.contains(schema.module()));
        StringBuilder json = new StringBuilder(
                "{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"attributes\":{\"NX_class\":\"NXentry\"},"
                        + "\"children\":[");
        for (DataSchema schema : schemas) {
            json.append("{\"type\":\"group\",\"name\":\"")
                    .append(schema.module())
                    .append("\",\"children\":[{\"module\":\"")
                    .append(schema.module())
                    .append("\",\"config\":")
                    .append(schema.config(topic))
                    .append("}]},");
        }
        if (profile == Profile.CURRENT && !absent.contains("mdat")) {
            json.append("{\"module\":\"mdat\",\"config\":{\"items\":[\"start_time\",\"end_time\"]}},");
        }
        json.append("{\"module\":\"dataset\",\"config\":{\"name\":\"fuzz\",\"values\":1,\"dtype\":\"int32\"}}]}]}");
        return new DataStructure(schemas, json.toString());
    }
}
