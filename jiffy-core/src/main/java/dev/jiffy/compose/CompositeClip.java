package dev.jiffy.compose;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Position;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Clips stacked in order, each at its {@link Clip#position()} from its {@link Clip#start()}, alpha-blended through
 * its mask (MoviePy's {@code CompositeVideoClip}). The canvas has the first layer's size unless given one, and a
 * transparent background unless given a colour; the composite lasts until its last layer ends.
 */
public final class CompositeClip implements Clip {
    private final List<Clip> layers;
    private final Size size;
    private final int background;
    private final double duration;

    private CompositeClip(List<Clip> layers, Size size, int background) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a composite needs at least one clip");
        }
        this.layers = List.copyOf(layers);
        this.size = Objects.requireNonNull(size, "size");
        this.background = background;
        double end = 0;
        boolean anyFinite = false;
        for (Clip layer : this.layers) {
            if (Double.isFinite(layer.end())) {
                end = Math.max(end, layer.end());
                anyFinite = true;
            }
            if (layer.start() < 0) {
                throw new IllegalArgumentException("layer starts at " + layer.start() + " s; starts must be 0 or later");
            }
        }
        this.duration = anyFinite ? end : Double.POSITIVE_INFINITY;
        if (!(duration > 0)) {
            throw new IllegalArgumentException("the composite would last " + duration + " s; give its clips durations");
        }
    }

    /**
     * The layers, bottom first, on a transparent canvas the size of the first.
     *
     * @param layers the clips, bottom first; each placed by its {@link Clip#start()} and {@link Clip#position()}
     * @return the composite, lasting until its last layer ends
     * @throws IllegalArgumentException if there are no layers, or none has a finite duration
     */
    public static CompositeClip of(Clip... layers) {
        return of(List.of(layers));
    }

    /**
     * As {@link #of(Clip...)}, with the layers in a list.
     *
     * @param layers the clips, bottom first
     * @return the composite
     * @throws IllegalArgumentException if there are no layers, or none has a finite duration
     */
    public static CompositeClip of(List<Clip> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a composite needs at least one clip");
        }
        return new CompositeClip(layers, layers.get(0).size(), 0);
    }

    /**
     * The same layers on a canvas of {@code size}.
     *
     * @param size the canvas's size; layers reaching outside it are cut
     * @return a copy with that canvas; this one is unchanged
     */
    public CompositeClip withSize(Size size) {
        return new CompositeClip(layers, size, background);
    }

    /**
     * The same layers over a background colour (0xAARRGGBB; 0 is transparent).
     *
     * @param argb the colour under every layer
     * @return a copy with that background; this one is unchanged
     */
    public CompositeClip withBackground(int argb) {
        return new CompositeClip(layers, size, argb);
    }

    @Override
    public double duration() {
        return duration;
    }

    @Override
    public Size size() {
        return size;
    }

    @Override
    public Optional<FrameRate> fps() {
        return layers.stream().map(Clip::fps).flatMap(Optional::stream).max(FrameRate::compareTo);
    }

    @Override
    public Frame frame(double t) {
        double at = Timeline.requireInClip(t, duration);
        int[] canvas = new int[size.width() * size.height()];
        if (background != 0) {
            java.util.Arrays.fill(canvas, background);
        }
        for (Clip layer : layers) {
            double local = at - layer.start();
            boolean atTheVeryEnd = at >= duration - Timeline.EPSILON && layer.end() >= duration - Timeline.EPSILON;
            if (local < -Timeline.EPSILON || (local >= layer.duration() - Timeline.EPSILON && !atTheVeryEnd)) {
                continue;
            }
            local = Math.max(0, Math.min(local, layer.duration()));
            Frame picture = layer.frame(local);
            Position.Point p = layer.position().resolve(size, picture.size(), local);
            Blend.over(picture, canvas, size.width(), size.height(), p.x(), p.y());
        }
        return Frame.wrap(size.width(), size.height(), canvas);
    }
}
