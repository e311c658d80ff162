package dev.jiffy.gif;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Stage 3 on the worker threads, then stage 4 in order: frames are mapped (see {@link FrameMapper}) as workers come
 * free, in any order, put back in order by index, and handed to the encode stage on a thread of its own. How many
 * frames are in flight is bounded by the writer's {@link FrameBuffers}.
 */
final class ParallelMapStage implements Sink<PlannedFrame>, Running {
    private final int width;
    private final GifOptions options;
    private final Workers workers;
    private final EncodeStage encode;
    private final FrameBuffers buffers;
    private final StageControl control;
    /** Mappers not in use: at most one per worker thread is ever made. */
    private final ArrayDeque<FrameMapper> idle = new ArrayDeque<>();
    /** Mapped frames waiting for the ones before them, by index. */
    private final Map<Integer, MappedFrame> done = new HashMap<>();
    private int submitted;
    private boolean finished;
    private final Thread encoding;

    ParallelMapStage(int width, GifOptions options, Workers workers, EncodeStage encode, FrameBuffers buffers,
            StageControl control) {
        this.width = width;
        this.options = options;
        this.workers = workers;
        this.encode = encode;
        this.buffers = buffers;
        this.control = control;
        this.encoding = new Thread(this::encodeInOrder, "jiffy-gif-encode");
        encoding.setDaemon(true);
        encoding.start();
    }

    @Override
    public void accept(PlannedFrame frame) {
        synchronized (control) {
            submitted++;
        }
        workers.execute(() -> {
            try {
                if (control.stopped()) {
                    return;
                }
                FrameMapper mapper;
                synchronized (control) {
                    mapper = idle.poll();
                }
                if (mapper == null) {
                    mapper = new FrameMapper(width, options);
                }
                MappedFrame mapped = mapper.map(frame, buffers.takeBytes()); // given back by the encode stage
                synchronized (control) {
                    idle.add(mapper);
                    done.put(frame.index(), mapped);
                    control.signal();
                }
            } catch (Throwable t) {
                control.fail(t);
            }
        });
    }

    @Override
    public void finish() {
        synchronized (control) {
            finished = true;
            control.signal();
        }
    }

    private void encodeInOrder() {
        try {
            for (int i = 0; ; i++) {
                int index = i;
                MappedFrame frame;
                synchronized (control) {
                    control.await(() -> done.containsKey(index) || (finished && index >= submitted));
                    frame = done.remove(index);
                }
                if (frame == null) {
                    break;
                }
                encode.accept(frame);
            }
            encode.finish();
        } catch (Throwable t) {
            control.fail(t);
        }
    }

    /** Waits until every frame handed on so far is encoded. */
    @Override
    public void awaitIdle() throws IOException {
        control.await(() -> encode.encoded() == submitted);
    }

    /** Waits for the encode thread to end (after {@link #finish()} or a stop). */
    @Override
    public void join() throws InterruptedException {
        encoding.join();
    }
}
