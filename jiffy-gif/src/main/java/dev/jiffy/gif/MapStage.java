package dev.jiffy.gif;

import java.io.IOException;

/**
 * Stage 3 on one thread: each planned frame's palette chosen and its pixels mapped (see {@link FrameMapper}), then
 * handed on. {@link ParallelMapStage} is the same work on the worker threads.
 */
final class MapStage implements Sink<PlannedFrame> {
    private final FrameMapper mapper;
    private final FrameBuffers buffers;
    private final Sink<MappedFrame> next;

    MapStage(FrameMapper mapper, FrameBuffers buffers, Sink<MappedFrame> next) {
        this.mapper = mapper;
        this.buffers = buffers;
        this.next = next;
    }

    @Override
    public void accept(PlannedFrame frame) throws IOException {
        next.accept(mapper.map(frame, buffers.takeBytes())); // given back by the encode stage
    }

    @Override
    public void finish() throws IOException {
        next.finish();
    }
}
