package dev.jiffy.clip;

import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.Optional;

/** A test clip around another that changes how frames are made, passing on its duration, size and frame rate. */
public interface WrappingClip extends Clip {
    /** The clip wrapped. */
    Clip inner();

    @Override
    default double duration() {
        return inner().duration();
    }

    @Override
    default Size size() {
        return inner().size();
    }

    @Override
    default Optional<FrameRate> fps() {
        return inner().fps();
    }
}
