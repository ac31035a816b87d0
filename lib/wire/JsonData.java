package lib.wire;

import static lib.wire.Vectors.text;

/** json: a JSON text. It names no source and no time, so it is not a {@link DataMessage}. */
public record JsonData(String json) implements Message {

    public static final String IDENTIFIER = "json";

    static final Schema SCHEMA =
            new Schema(IDENTIFIER, TableLayout.table("JsonData").string("json"));

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.data();
        int root = lib.wire.generated.json.JsonData.createJsonData(out.builder, out.string(json));
        return out.finish(root, IDENTIFIER);
    }

    /** Reads a json message; a buffer that is not a valid one throws {@link WireFormatException}. */
    public static JsonData parse(byte[] bytes) {
        return SCHEMA.read(
                bytes,
                buffer -> new JsonData(text(lib.wire.generated.json.JsonData.getRootAsJsonData(buffer)
                        .json())));
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }
}
