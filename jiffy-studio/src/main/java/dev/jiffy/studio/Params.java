package dev.jiffy.studio;

import dev.jiffy.clip.Position;
import dev.jiffy.clip.Rect;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A request's parameters, read as the page's settings: a blank value is the same as none, and a value that is not
 * what its name needs is one line saying so (never NaN or infinity, which the decoder and encoder must not see).
 */
record Params(Map<String, String> values) {

    /** The text of {@code name}, if given and not blank. */
    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).filter(v -> !v.isBlank());
    }

    /** Whether {@code name} is given (not blank). */
    boolean has(String name) {
        return text(name).isPresent();
    }

    /** The text of {@code name}, which the request must have. */
    String required(String name) {
        return text(name).orElseThrow(() -> new IllegalArgumentException("the request has no '" + name + "'"));
    }

    /** The finite number {@code name}, which the request must have. */
    double number(String name) {
        return number(required(name), name);
    }

    /** The finite number {@code name}, if given. */
    OptionalDouble optionalNumber(String name) {
        return text(name).map(v -> OptionalDouble.of(number(v, name))).orElse(OptionalDouble.empty());
    }

    /** The whole number {@code name}, if given. */
    OptionalInt optionalWhole(String name) {
        return text(name).map(v -> OptionalInt.of(whole(v, name))).orElse(OptionalInt.empty());
    }

    /** A point {@code x,y} of whole pixels, if given. */
    Optional<Position.Point> optionalPoint(String name) {
        return text(name).map(v -> {
            int[] xy = wholes(v, name, 2, "x,y in pixels");
            return new Position.Point(xy[0], xy[1]);
        });
    }

    /** A rectangle {@code x1,y1,x2,y2} of whole pixels, if given; {@code what} and {@code form} name it in messages. */
    Optional<Rect> optionalBox(String name, String what, String form) {
        return text(name).map(v -> {
            int[] corners = wholes(v, what, 4, form);
            return new Rect(corners[0], corners[1], corners[2], corners[3]);
        });
    }

    /** {@code count} whole numbers separated by commas, as {@code form} says. */
    private static int[] wholes(String text, String name, int count, String form) {
        String[] parts = text.split(",");
        if (parts.length != count) {
            throw new IllegalArgumentException("the " + name + " '" + text + "' is not " + form);
        }
        int[] v = new int[count];
        for (int i = 0; i < count; i++) {
            v[i] = whole(parts[i], name);
        }
        return v;
    }

    /** {@code text} as a finite number; {@code what} names it in the message. */
    static double number(String text, String what) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("the " + what + " '" + text + "' is not a number");
    }

    /** {@code text} as a whole number; {@code what} names it in the message. */
    static int whole(String text, String what) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + what + " '" + text + "' is not a whole number");
        }
    }
}
