package dev.jiffy.cli;

import dev.jiffy.OutputException;
import dev.jiffy.clip.Clip;
import dev.jiffy.image.Size;
import dev.jiffy.render.AtomicFile;
import dev.jiffy.render.GifExport;
import dev.jiffy.render.RenderResult;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Sampling;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --max-size 8MB} and {@code --target discord}: encode, measure, adjust until the GIF lands just under a size.
 *
 * <p>The search: encode at the requested quality (else the default); if it fits and no --quality was given, try 100,
 * else binary-search between them; if too big, try the lowest quality worth having ({@link #QUALITY_FLOOR});
 * if that fits, binary-search the highest quality that fits. If even that is too big, lower the frame rate (down to
 * {@link #FPS_FLOOR}) and the size (down to {@link #MIN_SIDE} pixels) together, in proportion to how far over the limit
 * the last try was, and search quality again at the first geometry that fits. Every try is a complete GIF written by the
 * normal renderer into a temporary folder next to the output; the best one that fits is moved into place.
 */
final class SizeTarget {
    static final int QUALITY_FLOOR = 30;
    static final double FPS_FLOOR = 8;
    static final int MIN_SIDE = 32;
    /** Quality steps smaller than this are not worth another encode. */
    static final int QUALITY_STEP = 2;
    static final int MAX_TRIES = 16;
    private static final String PRESETS = "size-presets.properties";

    @Option(names = "--max-size", paramLabel = "SIZE", converter = Bytes.class,
            description = "Largest file to write, e.g. 8MB, 500KB, 8MiB (KB/MB decimal, KiB/MiB binary): quality, "
                    + "then frame rate and size, are lowered until the GIF fits.")
    Long maxSize;

    @Option(names = "--target", paramLabel = "NAME",
            description = "An upload limit by name, as --max-size: discord, discord-emoji, twitter, github, email, "
                    + "slack-emoji, mastodon, x, twitter-mobile (limits as of 2026, in size-presets.properties).")
    String target;

    /** Whether a size limit was asked for. */
    boolean isSet() {
        return maxSize != null || target != null;
    }

    /** The limit in bytes: the smaller of --max-size and --target's. */
    long limit() {
        Long limit = maxSize;
        if (target != null) {
            Preset p = presets().get(target.trim().toLowerCase(Locale.ROOT));
            if (p == null) {
                throw new IllegalArgumentException("unknown --target '" + target + "': use one of " + String.join(", ",
                        presets().values().stream().map(v -> v.name + " (" + human(v.bytes) + ")").toList())
                        + ", or --max-size SIZE");
            }
            limit = limit == null ? p.bytes : Math.min(limit, p.bytes);
        }
        return limit;
    }

    record Preset(String name, long bytes, String description) {
    }

    /** The presets file, in file order. */
    static Map<String, Preset> presets() {
        Map<String, Preset> result = new LinkedHashMap<>();
        try (InputStream in = SizeTarget.class.getResourceAsStream(PRESETS)) {
            if (in == null) {
                throw new IllegalStateException(PRESETS + " is missing from the jar");
            }
            // Properties loses the order; read the lines ourselves (same syntax for these simple key=value lines).
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=")) {
                    continue;
                }
                String name = l.substring(0, l.indexOf('=')).strip().toLowerCase(Locale.ROOT);
                String value = l.substring(l.indexOf('=') + 1).strip();
                String description = "";
                int bar = value.indexOf('|');
                if (bar >= 0) {
                    description = value.substring(bar + 1).strip();
                    value = value.substring(0, bar).strip();
                }
                result.put(name, new Preset(name, parseBytes(value), description));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmg]i?b?|b)?", Pattern.CASE_INSENSITIVE);

    /** "8MB" = 8,000,000; "8MiB" = 8,388,608; "500KB", "500k", "1.5MB", "123456", "123456B". */
    static long parseBytes(String text) {
        Matcher m = SIZE.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a size: use e.g. 8MB, 500KB or 8MiB");
        }
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
        boolean binary = unit.contains("i");
        double base = binary ? 1024 : 1000;
        double factor = switch (unit.charAt(0)) {
            case 'k' -> base;
            case 'm' -> base * base;
            case 'g' -> base * base * base;
            default -> 1;
        };
        long bytes = (long) Math.floor(n * factor);
        if (bytes < 1) {
            throw new IllegalArgumentException("'" + text + "' is too small a size");
        }
        return bytes;
    }

    /** 7.6 MB, 812 KB, 950 B (decimal, as the limits are written). */
    static String human(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1e3);
        }
        return String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
    }

    static final class Bytes implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            try {
                return parseBytes(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** One encode: what was tried and how big it came out. */
    record Try(int quality, FrameRate fps, Size size, long bytes, Path file, RenderResult result) {
        String describe() {
            return "quality " + quality + ", " + fps + " fps, " + size + ", " + human(bytes)
                    + String.format(Locale.ROOT, " (%,d bytes)", bytes);
        }
    }

    /** What the search chose. */
    record Fit(RenderResult result, Try chosen, int tries, long limit) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "wrote %s, fitted under %s: %s; %d frames (%d in the GIF), %.2f s; "
                    + "%d tries in %.1f s", result.file(), human(limit), chosen.describe(), result.sampledFrames(),
                    result.gifFrames(), result.duration(), tries, result.seconds());
        }
    }

    /**
     * Finds the best GIF of {@code clip} under the limit and writes it to {@code output}.
     *
     * @param export     the export as asked (loop, fps, options); its fps (or the clip's) is the highest tried
     * @param encoding   the encoding options; quality from them is the highest tried
     * @param progress   a progress listener factory for each try, given a label
     */
    Fit fit(Clip clip, GifExport export, EncodingOptions encoding, Path output,
            Function<String, dev.jiffy.progress.RenderListener> progress) {
        long limit = limit();
        Sampling sampling = Sampling.of(export.fps(), clip.fps(), clip.duration());
        sampling.warning().ifPresent(export.listener()::warning);
        FrameRate fps0 = sampling.fps();
        int qStart = encoding.quality();
        int qHigh = encoding.quality == null ? 100 : qStart;   // an explicit --quality is the most it may use
        int qLow = Math.min(qStart, QUALITY_FLOOR);
        Path dir = output.toAbsolutePath().normalize().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputException("cannot write " + output + ": folder " + dir + " does not exist");
        }
        Path work;
        try {
            work = Files.createTempDirectory(dir, ".jiffy-fit-");
        } catch (IOException e) {
            throw new OutputException("cannot write " + output + ": " + e.getMessage(), e);
        }
        try {
            Search s = new Search(clip, export, encoding, work, limit, progress);
            Try best = search(s, fps0, qLow, qStart, qHigh);
            // move the winner into place, refusing to replace a non-GIF as the normal writer does
            try (AtomicFile out = AtomicFile.create(output, "GIF", new byte[] {'G', 'I', 'F', '8'})) {
                Files.move(best.file, out.tempPath(), StandardCopyOption.REPLACE_EXISTING);
                out.commit();
            } catch (IOException e) {
                throw new OutputException("cannot write " + output + ": " + e.getMessage(), e);
            }
            RenderResult r = best.result;
            RenderResult result = new RenderResult(output, r.size(), r.fps(), r.sampledFrames(), r.gifFrames(),
                    r.duration(), r.bytes(), (System.nanoTime() - s.started) / 1e9);
            return new Fit(result, best, s.tries, limit);
        } finally {
            deleteTree(work);
        }
    }

    private static Try search(Search s, FrameRate fps0, int qLow, int qStart, int qHigh) {
        Size size0 = s.clip.size();
        Try first = s.encode(qStart, fps0, size0);
        if (first.bytes <= s.limit) {
            if (qStart >= qHigh) {
                return first;
            }
            // room to spare, perhaps: the best quality allowed, else the best between
            Try top = s.encode(qHigh, fps0, size0);
            return top.bytes <= s.limit ? top : searchQuality(s, first, qHigh, fps0, size0);
        }
        Try last = qLow < qStart ? s.encode(qLow, fps0, size0) : first;
        FrameRate fps = fps0;
        Size size = size0;
        double fpsFloor = Math.min(FPS_FLOOR, fps0.toDouble());
        Try tooBig = last;
        while (last.bytes > s.limit) {
            tooBig = last;
            boolean atFloor = fps.toDouble() <= fpsFloor + 1e-9
                    && (size.width() <= MIN_SIDE || size.height() <= MIN_SIDE);
            if (atFloor || s.tries >= MAX_TRIES) {
                throw new dev.jiffy.JiffyException("cannot fit under " + human(s.limit) + ": the smallest try ("
                        + last.describe() + ") is still too big; make the excerpt shorter (--duration) or smaller "
                        + "(--width), or allow more (--max-size)");
            }
            // How much smaller it must get, with a margin; split between frame rate and pixels.
            double r = Math.min(0.9, 0.92 * s.limit / last.bytes);
            double fpsFactor = Math.max(Math.sqrt(r), fpsFloor / fps.toDouble());
            double areaFactor = Math.min(1, r / fpsFactor);
            double side = Math.sqrt(areaFactor);
            fps = FrameRate.of(Math.max(fpsFloor, Math.floor(fps.toDouble() * fpsFactor)));   // whole frame rates
            double minScale = (double) MIN_SIDE / Math.min(size0.width(), size0.height());
            double scale = Math.max(minScale, Math.min(1, (double) size.width() / size0.width() * side));
            size = new Size(Math.max(1, (int) Math.round(size0.width() * scale)),
                    Math.max(1, (int) Math.round(size0.height() * scale)));
            last = s.encode(qLow, fps, size);
        }
        // The step may have overshot (bytes do not fall in proportion to pixels): while well under the limit, try
        // halfway back towards the last geometry that was too big.
        for (int i = 0; i < 2 && last.bytes < 0.85 * s.limit && s.tries < MAX_TRIES - 4; i++) {
            FrameRate midFps = FrameRate.of(Math.max(fpsFloor, Math.floor((fps.toDouble() + tooBig.fps.toDouble()) / 2)));
            Size midSize = new Size((size.width() + tooBig.size.width()) / 2, (size.height() + tooBig.size.height()) / 2);
            if (midSize.equals(size) && midFps.equals(fps)) {
                break;
            }
            Try mid = s.encode(qLow, midFps, midSize);
            if (mid.bytes <= s.limit) {
                last = mid;
                fps = midFps;
                size = midSize;
            } else {
                tooBig = mid;
            }
        }
        // last fits at qLow: find the highest quality that fits at this geometry
        boolean full = fps.equals(fps0) && size.equals(size0);
        return searchQuality(s, last, full ? qStart : qHigh + 1, fps, size);   // qStart did not fit at full geometry
    }

    /** Binary search between {@code fits} (a try that fits) and {@code hi} (a quality known or assumed too big). */
    private static Try searchQuality(Search s, Try fits, int hi, FrameRate fps, Size size) {
        Try best = fits;
        int lo = fits.quality;
        while (hi - lo > QUALITY_STEP && s.tries < MAX_TRIES) {
            int mid = (lo + hi) / 2;
            Try t = s.encode(mid, fps, size);
            if (t.bytes <= s.limit) {
                best = t;
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return best;
    }

    private static final class Search {
        final Clip clip;
        final GifExport export;
        final EncodingOptions encoding;
        final Path work;
        final long limit;
        final Function<String, dev.jiffy.progress.RenderListener> progress;
        final long started = System.nanoTime();
        int tries;

        Search(Clip clip, GifExport export, EncodingOptions encoding, Path work, long limit,
               Function<String, dev.jiffy.progress.RenderListener> progress) {
            this.clip = clip;
            this.export = export;
            this.encoding = encoding;
            this.work = work;
            this.limit = limit;
            this.progress = progress;
        }

        Try encode(int quality, FrameRate fps, Size size) {
            tries++;
            Path file = work.resolve("try-" + tries + ".gif");
            Clip c = size.equals(clip.size()) ? clip : clip.resize(size);
            String label = "try " + tries + ": quality " + quality + ", " + fps + " fps, " + size;
            GifExport e = export.withGif(encoding.apply(export.gif(), quality)).withFps(fps)
                    .withListener(progress.apply(label));
            RenderResult r = c.writeGif(file, e);
            return new Try(quality, fps, size, r.bytes(), file, r);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
