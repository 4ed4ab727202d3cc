package org.clinlead.portal.shell;

import jakarta.json.JsonStructure;

/**
 * JSON that is safe to place inside a {@code <script>} element (PrimeFaces writes a chart's configuration
 * there). JSON itself allows {@code </script>} and {@code <!--} inside a string, which would end the
 * script and turn the rest of someone's text into live page markup; here {@code <}, {@code >} and
 * {@code &} are written as unicode escapes — the same string to JavaScript, inert to the HTML parser —
 * as are the two line separators that older JavaScript parsers refuse in strings. Outside strings JSON
 * has none of these characters, so replacing them everywhere is exact.
 */
public final class ScriptJson {

    /**
     * One JSON provider for every chart. {@code Json.createObjectBuilder()} looks the provider up through the class
     * loader on every call: three SPC charts made some seventy lookups, most of the time a project page took.
     */
    private static final jakarta.json.spi.JsonProvider JSON = jakarta.json.spi.JsonProvider.provider();

    private ScriptJson() {
    }

    public static jakarta.json.JsonObjectBuilder object() {
        return JSON.createObjectBuilder();
    }

    public static jakarta.json.JsonArrayBuilder array() {
        return JSON.createArrayBuilder();
    }

    public static String of(JsonStructure json) {
        return escape(json.toString());
    }

    static String escape(String json) {
        int first = 0;
        while (first < json.length() && !special(json.charAt(first))) {
            first++;
        }
        if (first == json.length()) {
            return json; // a chart's numbers and dates: nothing to escape, nothing to copy (issue 17)
        }
        StringBuilder out = new StringBuilder(json.length() + 16).append(json, 0, first);
        for (int i = first; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean special(char c) {
        return c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029';
    }
}
