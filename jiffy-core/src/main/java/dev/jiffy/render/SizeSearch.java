package dev.jiffy.render;

import dev.jiffy.OutputException;
import dev.jiffy.clip.Clip;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Sampling;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** The encode-measure-adjust loop behind {@link SizeFit}: one search, its state, and its temporary folder. */
final class SizeSearch {
    /** The lowest quality worth having: below it colours band and grain turns to noise (see {@code GifQuality}). */
    static final int QUALITY_FLOOR = 30;
    /** The lowest frame rate tried: below 8 fps motion stops reading as motion. */
    static final double FPS_FLOOR = 8;
    /** The smallest side tried, in pixels: an emoji-sized picture. */
    static final int MIN_SIDE = 32;
    /** Quality steps smaller than this change the size by about 1 %: not worth another encode. */
    static final int QUALITY_STEP = 2;
    /** The most GIFs one search encodes. */
    static final int MAX_TRIES = 16;
    /** Try sizes aim this far under the limit, as bytes do not fall exactly in proportion to pixels. */
    private static final double AIM = 0.92;
    /** A geometry step never keeps more than this share of the bytes, so each step makes real progress. */
    private static final double MAX_STEP = 0.9;
    /** Below this share of the limit a fitted try has room to step halfway back towards the last one too big. */
    private static final double FAR_UNDER = 0.85;
    /** Tries a geometry phase expects besides its quality search: a step, and two halfway steps back. */
    private static final int GEOMETRY_TRIES = 3;
    private static final Pattern FOLDER = Pattern.compile("\\.jiffy-fit-\\d+");
    private static final Pattern CONTENTS = Pattern.compile("try-\\d+\\.gif|\\.try-\\d+\\.gif\\.[0-9a-z]{1,13}\\.part");

    private final SizeFit fit;
    private final Clip clip;
    private final GifExport export;
    private final Path work;
    private final long limit;
    private final long started = System.nanoTime();
    private int tries;

    private SizeSearch(SizeFit fit, Clip clip, GifExport export, Path work) {
        this.fit = fit;
        this.clip = clip;
        this.export = export;
        this.work = work;
        this.limit = fit.limit().bytes();
    }

    static FitResult run(SizeFit fit, Clip clip, Path output, GifExport export) {
        Sampling sampling = Sampling.of(export.fps(), clip.fps(), clip.duration());
        sampling.warning().ifPresent(export.listener()::warning);
        Path dir = output.toAbsolutePath().normalize().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputException("cannot write " + output + ": folder " + dir + " does not exist");
        }
        TempPath.removeAbandonedFolders(dir, FOLDER, CONTENTS);
        try (TempPath work = createFolder(dir, output)) {
            SizeSearch s = new SizeSearch(fit, clip, export, work.path());
            Trial best = s.search(sampling.fps());
            // moved into place as the normal writer does: refusing to replace a file that is not a GIF
            try (AtomicFile out = AtomicFile.create(output, "GIF", GifRenderer.GIF_MAGIC)) {
                out.commitFrom(best.file);
            }
            RenderResult r = best.result;
            RenderResult result = new RenderResult(output, r.size(), r.fps(), r.sampledFrames(), r.gifFrames(),
                    r.duration(), r.bytes(), (System.nanoTime() - s.started) / 1e9);
            return new FitResult(result, best.attempt, s.tries, fit.limit());
        }
    }

    private static TempPath createFolder(Path dir, Path output) {
        try {
            // unique, not secret, as AtomicFile's names: a name already taken is tried again with another
            return TempPath.createFolder(dir.resolve(".jiffy-fit-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong())));
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return createFolder(dir, output);
        } catch (IOException e) {
            throw new OutputException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }

    /** One encoded try: what the listener heard, the file and the render's result. */
    private record Trial(FitTry attempt, Path file, RenderResult result) {
        boolean fits() {
            return attempt.fits();
        }

        FitSettings settings() {
            return attempt.settings();
        }
    }

    private Trial search(FrameRate fps0) {
        int qStart = fit.startQuality();
        int qHigh = fit.highestQuality();
        int qLow = Math.min(qStart, QUALITY_FLOOR);
        Size size0 = clip.size();
        int geometry = GEOMETRY_TRIES + qualitySearchTries(qLow, qHigh + 1);
        Trial first = encode(qStart, fps0, size0, qStart >= qHigh ? 0 : 1 + qualitySearchTries(qStart, qHigh),
                qLow < qStart ? 1 + qualitySearchTries(qLow, qStart) : geometry);
        if (first.fits()) {
            if (qStart >= qHigh) {
                return first;
            }
            // room to spare, perhaps: the best quality allowed, else the best between
            Trial top = encode(qHigh, fps0, size0, 0, qualitySearchTries(qStart, qHigh));
            return top.fits() ? top : searchQuality(first, qHigh, fps0, size0);
        }
        Trial last = qLow < qStart ? encode(qLow, fps0, size0, qualitySearchTries(qLow, qStart), geometry) : first;
        FrameRate fps = fps0;
        Size size = size0;
        double fpsFloor = Math.min(FPS_FLOOR, fps0.toDouble());
        Trial tooBig = last;
        while (!last.fits()) {
            tooBig = last;
            boolean atFloor = fps.toDouble() <= fpsFloor + 1e-9
                    && (size.width() <= MIN_SIDE || size.height() <= MIN_SIDE);
            if (atFloor || tries >= MAX_TRIES) {
                throw new SizeFitException(fit.limit(), last.attempt);
            }
            // How much smaller it must get, with a margin; split between frame rate and pixels.
            double r = Math.min(MAX_STEP, AIM * limit / last.result.bytes());
            double fpsFactor = Math.max(Math.sqrt(r), fpsFloor / fps.toDouble());
            double side = Math.sqrt(Math.min(1, r / fpsFactor));
            fps = FrameRate.of(Math.max(fpsFloor, Math.floor(fps.toDouble() * fpsFactor)));   // whole frame rates
            double minScale = (double) MIN_SIDE / Math.min(size0.width(), size0.height());
            double scale = Math.max(minScale, Math.min(1, (double) size.width() / size0.width() * side));
            size = new Size(Math.max(1, (int) Math.round(size0.width() * scale)),
                    Math.max(1, (int) Math.round(size0.height() * scale)));
            last = encode(qLow, fps, size, geometry - 1, geometry);
        }
        // The step may have overshot (bytes do not fall in proportion to pixels): while well under the limit, try
        // halfway back towards the last geometry that was too big.
        for (int i = 0; i < 2 && last.result.bytes() < FAR_UNDER * limit && tries < MAX_TRIES - 4; i++) {
            FrameRate midFps = FrameRate.of(Math.max(fpsFloor,
                    Math.floor((fps.toDouble() + tooBig.settings().fps().toDouble()) / 2)));
            Size midSize = new Size((size.width() + tooBig.settings().size().width()) / 2,
                    (size.height() + tooBig.settings().size().height()) / 2);
            if (midSize.equals(size) && midFps.equals(fps)) {
                break;
            }
            int after = 1 - i + qualitySearchTries(qLow, qHigh + 1);
            Trial mid = encode(qLow, midFps, midSize, after, after);
            if (mid.fits()) {
                last = mid;
                fps = midFps;
                size = midSize;
            } else {
                tooBig = mid;
            }
        }
        // last fits at qLow: find the highest quality that fits at this geometry
        boolean full = fps.equals(fps0) && size.equals(size0);
        return searchQuality(last, full ? qStart : qHigh + 1, fps, size);   // qStart did not fit at full geometry
    }

    /** Binary search between {@code fits} (a try that fits) and {@code hi} (a quality known or assumed too big). */
    private Trial searchQuality(Trial fits, int hi, FrameRate fps, Size size) {
        Trial best = fits;
        int lo = fits.settings().quality();
        while (hi - lo > QUALITY_STEP && tries < MAX_TRIES) {
            int mid = (lo + hi) / 2;
            Trial t = encode(mid, fps, size, qualitySearchTries(mid, hi), qualitySearchTries(lo, mid));
            if (t.fits()) {
                best = t;
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return best;
    }

    /** How many tries a binary search between qualities {@code lo} and {@code hi} takes at most. */
    private static int qualitySearchTries(int lo, int hi) {
        int n = 0;
        for (int gap = hi - lo; gap > QUALITY_STEP; gap = (gap + 1) / 2) {
            n++;
        }
        return n;
    }

    /**
     * Encodes one try and tells the listener, with the tries the search expects after it: {@code moreIfFits} or
     * {@code moreIfNot} as it comes out (an estimate: the search adapts to what it measures).
     */
    private Trial encode(int quality, FrameRate fps, Size size, int moreIfFits, int moreIfNot) {
        tries++;
        FitSettings settings = new FitSettings(quality, fps, size);
        fit.listener().starting(tries, settings);
        Path file = work.resolve("try-" + tries + ".gif");
        Clip c = size.equals(clip.size()) ? clip : clip.resize(size);
        GifExport e = export.withGif(fit.overrides().apply(export.gif().withQuality(quality))).withFps(fps);
        RenderResult r = c.writeGif(file, e);
        boolean fits = r.bytes() <= limit;
        FitTry attempt = new FitTry(tries, settings, ByteSize.of(r.bytes()), fits);
        fit.listener().tried(attempt, Math.max(0, Math.min(MAX_TRIES - tries, fits ? moreIfFits : moreIfNot)));
        return new Trial(attempt, file, r);
    }
}
