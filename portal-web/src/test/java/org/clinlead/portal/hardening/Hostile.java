package org.clinlead.portal.hardening;

import java.util.List;
import java.util.Map;

/**
 * The table of hostile values the sweeps send: per OpenAPI type, JSON literals that are the wrong type, out of
 * range, not whole, not printable, too long, not one of an enum's names, or not a real date. {@code named}
 * says the answer must be a 400 naming the field (the value is wrong whatever the field means).
 */
final class Hostile {

    record Value(String json, boolean named, String label) {
    }

    /** Script-breaking text, for the escaping checks: it must show as text everywhere. */
    static final String MARKUP = "</script><script>window.hostile=1</script><img src=x onerror=\"window.hostile=2\">'\"&<!--";

    private static final String MEGABYTE = "\"" + "x".repeat(1024 * 1024) + "\"";

    static final Map<String, List<Value>> BY_TYPE = Map.of(
            "string", List.of(v("123", true, "number for text"), v("true", true, "boolean for text"),
                    v("{}", true, "object for text"), v("[]", true, "list for text"),
                    v("\"a\\u0000b\"", true, "NUL"), v("\"\\u001b[31m\"", true, "ESC"),
                    v("\"\\ud800\"", true, "lone surrogate"), v(MEGABYTE, true, "1 MB of text"),
                    v("null", false, "null")),
            "integer", List.of(v("\"12\"", true, "text for a number"), v("3.99", true, "not whole"),
                    v("4294967298", true, "2^32 + 2"), v("1e308", true, "1e308"), v("true", true, "boolean for a number"),
                    v("-1", false, "negative"), v("null", false, "null")),
            "number", List.of(v("\"12\"", true, "text for a number"), v("true", true, "boolean for a number"),
                    v("{}", true, "object for a number"), v("1e308", true, "1e308"), v("3.99", false, "decimal"),
                    v("-1", false, "negative"), v("null", false, "null")),
            "boolean", List.of(v("\"yes\"", true, "text for a boolean"), v("\"true\"", true, "quoted true"),
                    v("1", true, "number for a boolean"), v("null", false, "null")),
            "array", List.of(v("\"x\"", true, "text for a list"), v("5", true, "number for a list"),
                    v("{}", true, "object for a list"), v("[null]", false, "list of null")),
            "object", List.of(v("\"NOPE\"", true, "not a name or date"), v("123", true, "number"),
                    v("\"2026-02-30\"", true, "impossible date"), v("\"\\u0000\"", true, "NUL"), v("true", true, "boolean"),
                    v("null", false, "null")));

    /** Whole bodies that are no body at all, broken, or the wrong shape. */
    static final List<String> BODIES = List.of("", "null", "{", "\"text\"", "{\"a\":", "[[[[[[[[[[]]]]]]]]]]");

    /** Path ids that are no id. */
    static final List<String> IDS = List.of("0", "-1", "abc", "1.5", "99999999999999999999", "%F0%9F%98%80", "%20", "1e3");

    /** Query strings with hostile paging, sorting and numbers. */
    static final List<String> QUERIES = List.of("page=2147483647&size=200", "page=-1", "size=0", "size=201", "page=abc",
            "sort=nope", "dir=sideways", "year=99999999999", "count=-5", "cohort=abc", "name=%00", "from=2026-02-30");

    private Hostile() {
    }

    private static Value v(String json, boolean named, String label) {
        return new Value(json, named, label);
    }
}
