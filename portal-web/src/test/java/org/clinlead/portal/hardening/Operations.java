package org.clinlead.portal.hardening;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every operation the portal's own /openapi document describes, with what its JSON body may hold. */
record Operations(List<Operation> all) {

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}:]+)(?::\\s*([^}|]+)[^}]*)?\\}");

    /** One method on one path; {@code properties} are the JSON body's fields and their OpenAPI types. */
    record Operation(String method, String path, String bodyType, boolean arrayBody, Map<String, String> properties) {

        String key() {
            return method + " " + path;
        }

        boolean hasPathParameters() {
            return path.contains("{");
        }

        boolean takesJson() {
            return "application/json".equals(bodyType);
        }

        /** The path with every id replaced by {@code id} and every fixed choice ({@code {format: csv|xlsx}}) by its first. */
        String with(String id) {
            Matcher m = TEMPLATE.matcher(path);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) != null ? m.group(2).strip() : id));
            }
            m.appendTail(out);
            return out.substring(1);
        }
    }

    static Operations parse(String openApiJson) {
        JsonObject document = Json.createReader(new StringReader(openApiJson)).readObject();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method)) {
                    continue;
                }
                JsonObject spec = op.getValue().asJsonObject();
                String bodyType = null;
                boolean arrayBody = false;
                Map<String, String> properties = new LinkedHashMap<>();
                if (spec.containsKey("requestBody")) {
                    JsonObject content = spec.getJsonObject("requestBody").getJsonObject("content");
                    // The most specific type the operation takes: JSON, then a multipart form, then whatever it names.
                    bodyType = content.containsKey("application/json") ? "application/json"
                            : content.containsKey("multipart/form-data") ? "multipart/form-data" : content.keySet().iterator().next();
                    JsonObject schema = content.getJsonObject(bodyType).getJsonObject("schema");
                    if (schema != null && "array".equals(schema.getString("type", null)) && schema.containsKey("items")) {
                        arrayBody = true;
                        schema = schema.getJsonObject("items");
                    }
                    if (schema != null && schema.containsKey("$ref")) {
                        String name = schema.getString("$ref").substring("#/components/schemas/".length());
                        JsonObject props = schemas.getJsonObject(name).getJsonObject("properties");
                        if (props != null) {
                            props.forEach((field, type) -> properties.put(field, type.asJsonObject().getString("type", "object")));
                        }
                    }
                }
                operations.add(new Operation(method, path.getKey(), bodyType, arrayBody, properties));
            }
        }
        operations.sort(java.util.Comparator.comparing(Operation::key));
        return new Operations(operations);
    }
}
