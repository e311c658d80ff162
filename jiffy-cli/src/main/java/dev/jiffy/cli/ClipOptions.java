package dev.jiffy.cli;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.Excerpt;
import dev.jiffy.time.Times;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options that cut and shape a clip; shared by the commands that take a video. */
final class ClipOptions {
    @Option(names = "--from", paramLabel = "T", converter = Converters.Time.class,
            description = "Start time: seconds (83.5), m:s (1:22.65) or h:m:s; negative counts from the end. Default: 0.")
    Double from;

    @ArgGroup(exclusive = true)
    End end = new End();

    static final class End {
        @Option(names = "--to", paramLabel = "T", converter = Converters.Time.class,
                description = "End time, in the same forms as --from. Default: the end of the video.")
        Double to;

        @Option(names = "--duration", paramLabel = "D", converter = Converters.Positive.class,
                description = "Length in seconds from --from (instead of --to).")
        Double duration;
    }

    @Option(names = "--crop", paramLabel = "X1,Y1,X2,Y2", converter = Converters.Box.class,
            description = "Keep the rectangle from (X1,Y1) to (X2,Y2), in the video's pixels (applied before scaling).")
    Crop crop;

    @ArgGroup(exclusive = true)
    Scale scale = new Scale();

    static final class Scale {
        @Option(names = "--scale", paramLabel = "F", converter = Converters.Positive.class,
                description = "Scale by a factor (0.3 = 30%%).")
        Double factor;

        @Option(names = "--width", paramLabel = "W", converter = Converters.PositiveInt.class,
                description = "Scale to W pixels wide, keeping the aspect ratio.")
        Integer width;

        @Option(names = "--height", paramLabel = "H", converter = Converters.PositiveInt.class,
                description = "Scale to H pixels high, keeping the aspect ratio.")
        Integer height;
    }

    @Option(names = "--speed", paramLabel = "F", converter = Converters.Positive.class,
            description = "Play F times faster (0.5 = half speed).")
    Double speed;

    /** The shortest excerpt: a hundredth of a second, a GIF's unit of time. */
    private static final double SHORTEST = 0.01;

    /** Cuts, crops, scales and speeds up {@code video} as the options say, in that order. */
    Clip apply(Clip video) {
        return excerpt(video).clip();
    }

    /** The part of {@code video} the options describe, and where it sits in the video. */
    Excerpt excerpt(Clip video) {
        Excerpt excerpt = Excerpt.of(video);
        double start = from == null ? 0 : from;
        if (from != null || end.to != null || end.duration != null) {
            double stop = video.duration();
            if (end.to != null) {
                stop = end.to;
                double s = start < 0 ? video.duration() + start : start;
                double e = stop < 0 ? video.duration() + stop : stop;
                if (e <= s) {
                    throw new IllegalArgumentException("--to " + Times.format(stop) + " must be after --from "
                            + Times.format(start));
                }
            } else if (end.duration != null) {
                if (end.duration < SHORTEST) {
                    // Times.format would round it to "0 s", and the excerpt's check would then say "end 0 s must be
                    // after start 0 s"
                    throw new IllegalArgumentException("--duration " + new java.math.BigDecimal(
                            end.duration.toString()).stripTrailingZeros().toPlainString() + " s is shorter than a GIF"
                            + " can show; give at least " + Times.format(SHORTEST));
                }
                double s = start < 0 ? video.duration() + start : start;
                stop = s + end.duration;
                if (stop > video.duration() + 1e-6) {
                    throw new IllegalArgumentException("--from " + Times.format(start) + " plus --duration "
                            + Times.format(end.duration) + " ends at " + Times.format(stop)
                            + ", past the end of the video (" + Times.format(video.duration()) + ")");
                }
            }
            excerpt = excerpt.withTimes(start, stop);
        }
        if (crop != null) {
            excerpt = excerpt.withCrop(crop);
        }
        if (scale.factor != null) {
            excerpt = excerpt.withScale(scale.factor);
        } else if (scale.width != null) {
            excerpt = excerpt.withWidth(scale.width);
        } else if (scale.height != null) {
            excerpt = excerpt.withHeight(scale.height);
        }
        if (speed != null) {
            excerpt = excerpt.withSpeed(speed);
        }
        return excerpt;
    }
}
