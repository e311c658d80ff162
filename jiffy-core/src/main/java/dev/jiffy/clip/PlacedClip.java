package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.Objects;
import java.util.Optional;

/** A clip with a start time and a position for compositing; its frames are its parent's. */
final class PlacedClip implements Clip {
    private final Clip parent;
    private final double start;
    private final Position position;

    private PlacedClip(Clip parent, double start, Position position) {
        this.parent = parent instanceof PlacedClip p ? p.parent : parent;
        this.start = start;
        this.position = Objects.requireNonNull(position, "position");
    }

    static Clip of(Clip parent, double start, Position position) {
        if (!Double.isFinite(start)) {
            throw new IllegalArgumentException("start must be a finite time, got " + start);
        }
        return new PlacedClip(parent, start, position);
    }

    /** {@code result} with the start and position of {@code source}, so transforms keep a clip where it was put. */
    static Clip carry(Clip source, Clip result) {
        boolean placed = source.start() != 0 || !source.position().equals(Position.TOP_LEFT);
        boolean resultPlaced = result.start() != 0 || !result.position().equals(Position.TOP_LEFT);
        return placed && !resultPlaced ? new PlacedClip(result, source.start(), source.position()) : result;
    }

    @Override
    public double start() {
        return start;
    }

    @Override
    public Position position() {
        return position;
    }

    @Override
    public double duration() {
        return parent.duration();
    }

    @Override
    public Size size() {
        return parent.size();
    }

    @Override
    public Optional<FrameRate> fps() {
        return parent.fps();
    }

    @Override
    public Frame frame(double t) {
        return parent.frame(t);
    }

    @Override
    public void copyFrame(double t, int[] dest) {
        parent.copyFrame(t, dest);
    }
}
