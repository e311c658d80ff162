package dev.jiffy.batch;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One JSON object whose values are strings, numbers, booleans or null (a job-list row), as text by name. Nested
 * objects and arrays are refused: no option of {@code jiffy make} takes one. Small enough not to need a JSON library.
 */
final class FlatJson {
    private final String text;
    private int at;

    private FlatJson(String text) {
        this.text = text;
    }

    /**
     * The members of the object in {@code text}; a null value maps to "" (left out, as a blank CSV cell).
     *
     * @throws IllegalArgumentException if {@code text} is not one such object
     */
    static Map<String, String> object(String text) {
        FlatJson p = new FlatJson(text);
        Map<String, String> members = p.members();
        p.space();
        if (p.at < text.length()) {
            throw p.error("text after the object");
        }
        return members;
    }

    private Map<String, String> members() {
        Map<String, String> members = new LinkedHashMap<>();
        expect('{');
        space();
        if (peek() == '}') {
            at++;
            return members;
        }
        while (true) {
            space();
            String name = string();
            space();
            expect(':');
            space();
            if (members.put(name, value()) != null) {
                throw error("\"" + name + "\" appears twice");
            }
            space();
            char c = next();
            if (c == '}') {
                return members;
            }
            if (c != ',') {
                throw error("expected , or } but found '" + c + "'");
            }
        }
    }

    private String value() {
        char c = peek();
        if (c == '"') {
            return string();
        }
        if (c == '{' || c == '[') {
            throw error("values must be text, numbers or true/false, not " + (c == '{' ? "objects" : "arrays"));
        }
        int start = at;
        while (at < text.length() && ",} \t".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        String word = text.substring(start, at);
        if (word.equals("null")) {
            return "";
        }
        if (word.equals("true") || word.equals("false") || word.matches("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?")) {
            return word;
        }
        at = start; // the column of the word, not of what follows it
        throw error("'" + word + "' is not a JSON value: quote text, e.g. \"" + word + "\"");
    }

    private String string() {
        expect('"');
        StringBuilder s = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return s.toString();
            }
            if (c != '\\') {
                s.append(c);
                continue;
            }
            char e = next();
            switch (e) {
                case '"', '\\', '/' -> s.append(e);
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'u' -> {
                    if (at + 4 > text.length()) {
                        throw error("\\u needs four hex digits");
                    }
                    try {
                        s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    } catch (NumberFormatException x) {
                        throw error("\\u needs four hex digits");
                    }
                    at += 4;
                }
                default -> throw error("unknown escape \\" + e);
            }
        }
    }

    private void space() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        if (at >= text.length()) {
            throw error("the line ends inside the object");
        }
        return text.charAt(at);
    }

    private char next() {
        char c = peek();
        at++;
        return c;
    }

    private void expect(char c) {
        char found = next();
        if (found != c) {
            throw error("expected " + c + " but found '" + found + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("not a JSON object (column " + (at + 1) + "): " + what);
    }
}
