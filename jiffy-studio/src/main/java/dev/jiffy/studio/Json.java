package dev.jiffy.studio;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/** The few JSON answers the page reads: objects of strings, numbers, booleans, lists and objects. No library. */
final class Json {
    private Json() {
    }

    /** Fields in the order given: {@code fields("id", 7, "bytes", 1200)}, for answers that read the same each time. */
    static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    static String object(Map<String, ?> fields) {
        return members(fields);
    }

    private static String members(Map<?, ?> fields) {
        return fields.entrySet().stream().map(e -> string(String.valueOf(e.getKey())) + ":" + value(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String value(Object v) {
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(Json::value).collect(Collectors.joining(",", "[", "]"));
        }
        if (v instanceof Map<?, ?> map) {
            return members(map);
        }
        return string(String.valueOf(v));
    }

    static String string(String s) {
        // Control characters must be escaped; <, > and & too, so no text can close a script tag.
        return quoted(s, Map.of(), c -> c < 0x20 || c == '<' || c == '>' || c == '&');
    }

    /**
     * {@code s} in double quotes, as JSON and Java both read it: {@code "} and the backslash after a backslash, a
     * character {@code named} has an escape for by that escape, and one {@code asUnicode} accepts as a Unicode escape
     * (a backslash, {@code u} and four hex digits).
     */
    static String quoted(String s, Map<Character, String> named, IntPredicate asUnicode) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (named.containsKey(c)) {
                b.append(named.get(c));
            } else if (asUnicode.test(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
