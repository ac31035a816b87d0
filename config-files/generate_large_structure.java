///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes nexus_structure.json, the large instrument structure of the test catalogue (section 4.1): the original
 * held a monitor shape of 448 faces, 480 vertices and 1776 winding indices; this one is a generated cylinder with
 * the same sizes (432 quads between 19 rings of 24 vertices, plus 8 triangles on each end). Run it from the
 * repository root: ./jbang config-files/generate_large_structure.java
 */
public class generate_large_structure {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int AROUND = 24;
    private static final int RINGS = 20;

    public static void main(String... args) throws Exception {
        ObjectNode entry = group("entry", "NXentry");
        ((ArrayNode) entry.get("children"))
                .add(sample())
                .add(dataset("duration", JSON.arrayNode().add(1817.0), "float"))
                .add(dataset("end_time", JSON.arrayNode().add("2016-04-12T03:29:11"), "string"))
                .add(dataset("features", JSON.arrayNode().add(new BigInteger("10138143369737381149")), "uint64"))
                .add(dataset("start_time", JSON.arrayNode().add("2016-04-12T02:58:52"), "string"))
                .add(withChildren(
                        group("periods", "NXgroup"),
                        dataset("number", JSON.arrayNode().add(1), "int32")))
                .add(withChildren(group("instrument", "NXinstrument"), monitor(), source()))
                .add(withChildren(
                        group("user_1", "NXuser"),
                        dataset("affiliation", JSON.textNode("ISIS, STFC"), "string"),
                        dataset("name", JSON.textNode("Sans2d Team"), "string")));
        ObjectNode root = JSON.objectNode();
        root.putArray("children").add(entry);
        Path target = Path.of(args.length > 0 ? args[0] : "config-files/nexus_structure.json");
        Files.writeString(
                target,
                new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n");
        System.out.println("wrote " + target);
    }

    private static ObjectNode sample() {
        ObjectNode stream = JSON.objectNode().put("module", "f142");
        stream.putObject("config")
                .put("dtype", "double")
                .put("source", "Det_Temp_RRB")
                .put("topic", "TEST_sampleEnv");
        return withChildren(
                group("sample", "NXsample"),
                withChildren(
                        group("sample_env_logs", "NXgroup"), withChildren(group("Det_Temp_RRB", "NXgroup"), stream)),
                dataset("name", JSON.textNode(" "), "string"),
                dataset("type", JSON.textNode("Disc"), "string"));
    }

    private static ObjectNode monitor() {
        ObjectNode location = dataset("location", JSON.numberNode(12.064), "double");
        location.putObject("attributes")
                .put("units", "m")
                .put("transformation_type", "translation")
                .put("depends_on", ".")
                .set("vector", JSON.arrayNode().add(0.0).add(0.0).add(-1.0));
        return withChildren(
                group("monitor1", "NXmonitor"),
                dataset("depends_on", JSON.textNode("/entry/instrument/monitor1/transformations/location"), "string"),
                dataset("detector_id", JSON.numberNode(1), "int64"),
                withChildren(group("transformations", "NXtransformations"), location),
                withChildren(
                        group("shape", "NXoff_geometry"),
                        dataset("faces", faces(), "int32"),
                        dataset("vertices", vertices(), "float"),
                        dataset("winding_order", windingOrder(), "int32")));
    }

    private static ObjectNode source() {
        ObjectNode location = dataset("location", JSON.numberNode(0.0), "double");
        location.putObject("attributes")
                .put("units", "m")
                .put("transformation_type", "translation")
                .put("depends_on", ".")
                .set("vector", JSON.arrayNode().add(0.0).add(0.0).add(0.0));
        return withChildren(
                group("source", "NXsource"),
                dataset("depends_on", JSON.textNode("/entry/instrument/source/transformations/location"), "string"),
                dataset("name", JSON.textNode("source"), "string"),
                withChildren(group("transformations", "NXtransformations"), location));
    }

    private static ArrayNode vertices() {
        ArrayNode vertices = JSON.arrayNode();
        for (int ring = 0; ring < RINGS; ring++) {
            for (int k = 0; k < AROUND; k++) {
                double angle = 2 * Math.PI * k / AROUND;
                vertices.add(JSON.arrayNode()
                        .add(round(0.05 * Math.cos(angle)))
                        .add(round(0.05 * Math.sin(angle)))
                        .add(round(0.01 * ring)));
            }
        }
        return vertices;
    }

    /** 18 bands of quads between rings 0..18, then 8 triangles on ring 0 and 8 on ring 19. */
    private static ArrayNode windingOrder() {
        ArrayNode order = JSON.arrayNode();
        for (int ring = 0; ring < RINGS - 2; ring++) {
            for (int k = 0; k < AROUND; k++) {
                int next = (k + 1) % AROUND;
                order.add(ring * AROUND + k)
                        .add(ring * AROUND + next)
                        .add((ring + 1) * AROUND + next)
                        .add((ring + 1) * AROUND + k);
            }
        }
        for (int ring : new int[] {0, RINGS - 1}) {
            for (int t = 0; t < 8; t++) {
                order.add(ring * AROUND).add(ring * AROUND + 2 * t + 1).add(ring * AROUND + 2 * t + 2);
            }
        }
        return order;
    }

    private static ArrayNode faces() {
        ArrayNode faces = JSON.arrayNode();
        int quads = (RINGS - 2) * AROUND;
        for (int i = 0; i < quads; i++) {
            faces.add(4 * i);
        }
        for (int t = 0; t < 16; t++) {
            faces.add(4 * quads + 3 * t);
        }
        return faces;
    }

    private static double round(double value) {
        return Math.round(value * 1e6) / 1e6;
    }

    private static ObjectNode group(String name, String nxClass) {
        ObjectNode group = JSON.objectNode().put("type", "group").put("name", name);
        group.putObject("attributes").put("NX_class", nxClass);
        group.putArray("children");
        return group;
    }

    private static ObjectNode withChildren(ObjectNode group, ObjectNode... children) {
        for (ObjectNode child : children) {
            ((ArrayNode) group.get("children")).add(child);
        }
        return group;
    }

    private static ObjectNode dataset(String name, com.fasterxml.jackson.databind.JsonNode values, String dtype) {
        ObjectNode node = JSON.objectNode().put("module", "dataset");
        node.putObject("config").put("name", name).put("dtype", dtype).set("values", values);
        return node;
    }
}
