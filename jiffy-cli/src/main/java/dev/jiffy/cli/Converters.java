package dev.jiffy.cli;

import dev.jiffy.clip.Crop;
import dev.jiffy.gif.GifOptions;
import dev.jiffy.time.Times;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Turns command-line text into values, with messages that show the accepted forms. */
final class Converters {
    private Converters() {
    }

    /** "83.5", "1:22.65", "01:01:22.65", "1m22.65s"; negative counts from the end. */
    static final class Time implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                return Times.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** "X1,Y1,X2,Y2": the rectangle from (X1, Y1) to (X2, Y2), in the video's pixels. */
    static final class Box implements ITypeConverter<Crop> {
        @Override
        public Crop convert(String value) {
            String[] parts = value.split(",");
            if (parts.length != 4) {
                throw new TypeConversionException("'" + value + "' is not a crop: use X1,Y1,X2,Y2, e.g. 100,0,540,360");
            }
            int[] v = new int[4];
            for (int i = 0; i < 4; i++) {
                try {
                    v[i] = Integer.parseInt(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new TypeConversionException("'" + value + "' is not a crop: X1,Y1,X2,Y2 must be whole pixels");
                }
            }
            return Crop.box(v[0], v[1], v[2], v[3]);
        }
    }

    /** A number that must be above zero. */
    static final class Positive implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return number(value, false);
        }
    }

    /** A whole number that must be above zero. */
    static final class PositiveInt implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return whole(value, false);
        }
    }

    /** A whole number, 0 or more. */
    static final class WholeOrZero implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return whole(value, true);
        }
    }

    /** A number, 0 or more. */
    static final class NumberOrZero implements ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return number(value, true);
        }
    }

    /** A loop count: 0 for forever, else plays in total, as far as a GIF can store. */
    static final class LoopCount implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return wholeIn(value, 0, GifOptions.MAX_LOOP_COUNT, "a loop count (0 = forever, N = N plays)");
        }
    }

    /** {@code value} as a whole number from {@code min} to {@code max}; {@code what} names it when it is none. */
    static int wholeIn(String value, int min, int max, String what) {
        int v;
        try {
            v = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not " + what + ": use a whole number " + min + "-" + max);
        }
        if (v < min || v > max) {
            throw new TypeConversionException("must be " + min + "-" + max + ", got " + value);
        }
        return v;
    }

    private static double number(String value, boolean zeroAllowed) {
        double v;
        try {
            v = Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a number");
        }
        if (!(zeroAllowed ? v >= 0 : v > 0) || Double.isInfinite(v)) {
            throw new TypeConversionException(zeroAllowed ? "must be a number, 0 or more, got " + value
                    : "must be a number above 0, got " + value);
        }
        return v;
    }

    private static int whole(String value, boolean zeroAllowed) {
        int v;
        try {
            v = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (zeroAllowed ? v < 0 : v <= 0) {
            throw new TypeConversionException(zeroAllowed ? "must be a whole number, 0 or more, got " + value
                    : "must be a whole number above 0, got " + value);
        }
        return v;
    }
}
