package lib.fuzz;

import java.util.List;
import java.util.Random;

/**
 * NeXus structures (and metadata) for run starts: the valid static base, texts that are no JSON at all or break its
 * grammar ({@link MutationKind#BAD_JSON}), and valid JSON of a wrong or hostile shape
 * ({@link MutationKind#JSON_SHAPE}).
 */
public final class JsonTexts {
    /** A static structure: one group and one dataset, so a job with a past stop time ends at once. */
    public static final String BASE = "{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"attributes\":"
            + "{\"NX_class\":\"NXentry\"},\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"fuzz\","
            + "\"values\":1,\"dtype\":\"int32\"}}]}]}";

    /** A mutated text and what it is, for the input's description. */
    public record Text(String json, String description) {}

    private static final List<Text> BAD = List.of(
            new Text("{", "an unclosed object"),
            new Text("}", "a lone closing brace"),
            new Text("{\"children\": [", "a truncated array"),
            new Text(BASE.substring(0, BASE.length() / 2), "the base structure cut in half"),
            new Text(BASE + "}", "one closing brace too many"),
            new Text(BASE + BASE, "two JSON documents in a row"),
            new Text("not json at all", "plain words"),
            new Text("{'children': []}", "single quotes"),
            new Text("{children: []}", "an unquoted name"),
            new Text("{\"children\": [],}", "a trailing comma"),
            new Text("{\"children\": [] /* comment */}", "a comment"),
            new Text("{\"children\": [NaN]}", "NaN"),
            new Text("{\"children\": [01]}", "a leading zero"),
            new Text("{\"children\": [\"a\u0001b\"]}", "a raw control character in a string"),
            new Text("{\"children\" [] }", "a missing colon"),
            new Text("{\"children\":[{\"type\":\"group\" \"name\":\"entry\"}]}", "a missing comma"),
            new Text("{\"children\": [\"\\x41\"]}", "an invalid escape"),
            new Text("{\"children\": [tru]}", "a misspelt literal"));

    private static final List<Text> SHAPE = List.of(
            new Text("[]", "an array at the root"),
            new Text("42", "a number at the root"),
            new Text("null", "null at the root"),
            new Text("\"children\"", "a string at the root"),
            new Text("{}", "an empty object"),
            new Text("{\"children\": 5}", "children a number"),
            new Text("{\"children\": {}}", "children an object"),
            new Text("{\"children\": [null, 1, \"x\", [], true]}", "children of every wrong type"),
            new Text("{\"children\":[{\"type\":\"group\"}]}", "a group without name"),
            new Text("{\"children\":[{\"type\":\"group\",\"name\":\"\",\"children\":[]}]}", "a group named \"\""),
            new Text("{\"children\":[{\"type\":\"group\",\"name\":\"a/b\"}]}", "a group name with a slash"),
            new Text("{\"children\":[{\"type\":\"group\",\"name\":\"..\"}]}", "a group named .."),
            new Text("{\"children\":[{\"type\":\"group\",\"name\":\"x\",\"children\":7}]}", "group children a number"),
            new Text("{\"children\":[{\"module\":\"dataset\",\"config\":{}}]}", "a dataset without name and values"),
            new Text(
                    "{\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"d\",\"values\":\"x\","
                            + "\"dtype\":\"int32\"}}]}",
                    "a string value for an int32 dataset"),
            new Text(
                    "{\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"d\",\"values\":[[1,2],[3]]}}]}",
                    "ragged dataset values"),
            new Text(
                    "{\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"d\",\"values\":1,"
                            + "\"dtype\":\"float128\"}}]}",
                    "an unknown dtype"),
            new Text(
                    "{\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"d\",\"values\":[],"
                            + "\"dtype\":\"int64\"}}]}",
                    "an empty values array"),
            new Text(
                    "{\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"d\","
                            + "\"values\":1e308,\"dtype\":\"int8\"}}]}",
                    "1e308 into an int8"),
            new Text(
                    "{\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"d\","
                            + "\"values\":18446744073709551616,\"dtype\":\"uint64\"}}]}",
                    "2^64 into a uint64"),
            new Text(
                    "{\"children\":[{\"module\":\"dataset\",\"attributes\":[{\"name\":\"a\"},{\"x\":1}],"
                            + "\"config\":{\"name\":\"d\",\"values\":1}}]}",
                    "attributes without values"),
            new Text("{\"attributes\":{\"a\":[1,\"x\",null,{}]},\"children\":[]}", "a mixed attribute array"),
            new Text(
                    "{\"children\":[{\"module\":\"link\",\"config\":{\"name\":\"l\",\"source\":\"../../../../x\"}}]}",
                    "a link climbing above the root"),
            new Text(
                    "{\"children\":[{\"type\":\"group\",\"name\":\"g\",\"children\":[{\"module\":\"link\","
                            + "\"config\":{\"name\":\"self\",\"source\":\"/g\"}}]}]}",
                    "a link to its own group"),
            new Text(
                    "{\"children\":[{\"module\":\"f144\",\"config\":{}}]}", "a stream module without topic and source"),
            new Text(
                    "{\"children\":[{\"type\":\"group\",\"name\":\"g\",\"children\":[{\"module\":\"f144\","
                            + "\"config\":{\"topic\":\"fuzz_no_such_topic\",\"source\":\"s\"}}]}]}",
                    "a stream module on a topic that does not exist"),
            new Text(
                    "{\"children\":[{\"module\":\"no_such_module\",\"config\":{\"topic\":\"t\",\"source\":\"s\"}}]}",
                    "an unknown module"),
            new Text("{\"children\":[{\"module\":\"dataset\",\"config\":7}]}", "config a number"),
            new Text(
                    "{\"children\":[{\"module\":\"mdat\",\"config\":{\"items\":[1,null,\"x\"]}}]}",
                    "mdat items of wrong types"),
            new Text(
                    "{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"children\":[]},"
                            + "{\"type\":\"group\",\"name\":\"entry\",\"children\":[]}]}",
                    "two groups of one name"),
            new Text("{\"children\":[{\"type\":\"group\",\"name\":\"a\\u0000b\"}]}", "a group name with NUL"),
            new Text(
                    "{\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"\\ud800\",\"values\":1}}]}",
                    "a lone surrogate escape in a name"),
            new Text("\ufeff" + BASE, "a byte-order mark before the structure"),
            new Text("{\"children\":[],\"children\":[{\"type\":\"group\",\"name\":\"x\"}]}", "a duplicated key"));

    private JsonTexts() {}

    public static Text bad(Random random) {
        return BAD.get(random.nextInt(BAD.size()));
    }

    /** A wrong shape; now and then a generated one (deep nesting, many groups, a huge dataset). */
    public static Text shape(Random random) {
        int pick = random.nextInt(SHAPE.size() + 4);
        if (pick < SHAPE.size()) {
            return SHAPE.get(pick);
        }
        return switch (pick - SHAPE.size()) {
            case 0 -> nestedArrays(random.nextBoolean() ? 2_000 : 100_000);
            case 1 -> nestedGroups(random.nextBoolean() ? 100 : 1_000);
            case 2 -> manyGroups(random.nextBoolean() ? 1_000 : 20_000);
            default -> hugeDataset(random.nextBoolean() ? 100_000 : 2_000_000);
        };
    }

    private static Text nestedArrays(int depth) {
        String json = "{\"children\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
        return new Text(json, "arrays nested " + depth + " deep");
    }

    private static Text nestedGroups(int depth) {
        StringBuilder json = new StringBuilder("{\"children\":[");
        for (int i = 0; i < depth; i++) {
            json.append("{\"type\":\"group\",\"name\":\"g").append(i).append("\",\"children\":[");
        }
        json.append("]}".repeat(depth)).append("]}");
        return new Text(json.toString(), "groups nested " + depth + " deep");
    }

    private static Text manyGroups(int count) {
        StringBuilder json = new StringBuilder("{\"children\":[");
        for (int i = 0; i < count; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"group\",\"name\":\"g")
                    .append(i)
                    .append("\"}");
        }
        return new Text(json.append("]}").toString(), count + " groups side by side");
    }

    private static Text hugeDataset(int values) {
        StringBuilder json = new StringBuilder("{\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"d\","
                + "\"dtype\":\"int64\",\"values\":[");
        for (int i = 0; i < values; i++) {
            json.append(i == 0 ? "" : ",").append(i);
        }
        return new Text(json.append("]}}]}").toString(), "a static dataset of " + values + " values");
    }
}
