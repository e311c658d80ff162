package dev.jiffy.gif;

import dev.jiffy.gif.optimize.Comparison;
import dev.jiffy.gif.optimize.FramePlan;
import dev.jiffy.gif.optimize.Screen;
import java.io.IOException;

/**
 * The screen the plan stage compares frames with. A frame's plan depends on what the frames before it stand for
 * (their plans, known as soon as they are planned) or, for a frame written exactly, on what they display (known only
 * once they are encoded: see {@link Comparison}).
 */
interface PlanningScreen {
    /** The screen to plan the next frame against. */
    Screen screen();

    /** Called before frame {@code index} is planned with {@code comparison}: brings {@link #screen()} up to date. */
    void beforePlan(int index, Comparison comparison) throws IOException;

    /** Called once a frame is planned. */
    void planned(int[] frame, FramePlan plan, Comparison comparison);

    /** On one thread, where each frame is encoded before the next is planned: the encoder's own screen. */
    static PlanningScreen encoders(EncodeStage encoder) {
        return new PlanningScreen() {
            @Override
            public Screen screen() {
                return encoder.screen();
            }

            @Override
            public void beforePlan(int index, Comparison comparison) {
            }

            @Override
            public void planned(int[] frame, FramePlan plan, Comparison comparison) {
            }
        };
    }

    /**
     * In a pipeline, where planning runs ahead of encoding: a model of what each pixel stands for, kept from the plans
     * (see {@link Screen#applyPlan}); around a frame planned against displayed colours it waits for the encoder to
     * catch up and copies its screen.
     */
    static PlanningScreen model(int width, int height, EncodeStage encoder) {
        Screen model = new Screen(width, height);
        return new PlanningScreen() {
            private Comparison previous = Comparison.SOURCE;

            @Override
            public Screen screen() {
                return model;
            }

            @Override
            public void beforePlan(int index, Comparison comparison) throws IOException {
                if (comparison == Comparison.DISPLAYED || previous == Comparison.DISPLAYED) {
                    // the frames before are all handed on, so once they are encoded the encoder is idle: its screen
                    // is safe to read until this frame is handed on
                    encoder.awaitEncoded(index);
                    model.copyFrom(encoder.screen());
                }
            }

            @Override
            public void planned(int[] frame, FramePlan plan, Comparison comparison) {
                model.applyPlan(frame, plan);
                previous = comparison;
            }
        };
    }
}
