package dev.jiffy.studio;

import dev.jiffy.clip.Rect;
import dev.jiffy.compose.LoopEffects;
import dev.jiffy.render.SizePreset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page's settings as a Java program ("Copy as Java"): the same library calls, in the same order, that the
 * studio's export makes, so running it ({@code jiffy run MakeGif.java}, or with Jiffy on the class path) writes the
 * same bytes. Its two optional arguments replace the video and the GIF it names.
 */
final class JavaProgram {
    private JavaProgram() {
    }

    /**
     * The program for {@code s} reading {@code video} and writing {@code gif} (absolute paths, as defaults). Without
     * a video (a clip given to {@code Studio.open} in code) it is the method {@code makeGif(clip, gif)} alone.
     */
    static String of(Settings s, Optional<Path> video, Path gif) {
        List<String> main = new ArrayList<>();
        if (video.isPresent()) {
            main.add("public static void main(String[] args) {");
            main.add("    Path video = Path.of(args.length > 0 ? args[0] : " + string(video.get().toString()) + ");");
            main.add("    Path gif = Path.of(args.length > 1 ? args[1] : " + string(gif.toString()) + ");");
            main.add("    try (VideoFileClip source = VideoFileClip.open(video)) {");
            main.add("        makeGif(source, gif);");
            main.add("    }");
            main.add("}");
            main.add("");
        }
        List<String> body = new ArrayList<>();
        body.add("/** Writes the GIF of {@code source} as the studio's settings say, and prints what it wrote. */");
        body.add("static void makeGif(Clip source, Path gif) {");
        StringBuilder excerpt = new StringBuilder("    Excerpt excerpt = Excerpt.of(source).withTimes("
                + number(s.from()) + ", " + number(s.to()) + ")");
        s.crop().ifPresent(r -> excerpt.append(".withCrop(").append(box(r)).append(")"));
        s.width().ifPresent(w -> excerpt.append(".withWidth(").append(w).append(")"));
        excerpt.append(".withSpeed(").append(number(s.speed())).append(");");
        body.add(excerpt.toString());
        body.add("    Clip clip = excerpt.clip();");
        Effects fx = s.effects();
        if (fx.removeBackground()) {
            body.add("    clip = BackgroundRemoval.of(clip).apply();");
        }
        StringBuilder effects = new StringBuilder("LoopEffects.NONE");
        fx.freeze().ifPresent(r -> effects.append(".withFreeze(").append(box(r)).append(", ")
                .append(number(fx.freezeAt())).append(")"));
        if (fx.loop() == LoopEffects.Loop.BOOMERANG) {
            effects.append(".withBoomerang()");
        } else if (fx.loop() == LoopEffects.Loop.CROSSFADE) {
            effects.append(".withCrossfade(").append(number(fx.crossfade())).append(")");
        }
        if (fx.blackAndWhite()) {
            effects.append(".withBlackAndWhite()");
        }
        if (!fx.loopEffects().equals(LoopEffects.NONE)) {
            body.add("    clip = " + effects + ".apply(clip);");
        }
        if (!s.caption().isEmpty()) {
            caption(s.caption(), s.style(), body);
        }
        StringBuilder export = new StringBuilder("    GifExport export = GifExport.defaults()");
        s.quality().ifPresent(q -> export.append(".withQuality(").append(q).append(")"));
        s.fps().ifPresent(f -> export.append(".withFps(").append(number(f)).append(")"));
        body.add(export.append(";").toString());
        if (s.target().isPresent()) {
            String t = s.target().get();
            String limit = SizePreset.find(t).isPresent() ? "SizePreset.named(" + string(t) + ")"
                    : "ByteSize.parse(" + string(t) + ")";
            String quality = s.quality().isPresent() ? ".withQuality(" + s.quality().getAsInt() + ")" : "";
            body.add("    System.out.println(SizeFit.under(" + limit + ")" + quality + ".write(clip, gif, export));");
        } else {
            body.add("    System.out.println(clip.writeGif(gif, export));");
        }
        body.add("}");
        main.addAll(body);
        String run = video.isPresent() ? "Run: jiffy run MakeGif.java [VIDEO [GIF]]"
                : "Call MakeGif.makeGif(clip, Path.of(" + string(gif.toString()) + ")) with the clip you opened";
        return String.join("\n", List.of(
                "import dev.jiffy.background.BackgroundRemoval;",
                "import dev.jiffy.clip.*;",
                "import dev.jiffy.compose.LoopEffects;",
                "import dev.jiffy.image.Colors;",
                "import dev.jiffy.render.*;",
                "import dev.jiffy.text.*;",
                "import java.nio.file.Path;",
                "",
                "/** Made by Jiffy Studio. " + run + ". */",
                "public class MakeGif {",
                "    " + String.join("\n    ", main).replace("\n    \n", "\n\n"),
                "}",
                ""));
    }

    private static void caption(String lines, CaptionSettings style, List<String> body) {
        StringBuilder chain = new StringBuilder("    clip = CaptionStyle.DEFAULT");
        style.font().ifPresent(f -> chain.append(".withFont(FontFace.named(").append(string(f)).append("))"));
        style.size().ifPresent(px -> chain.append(".withFontSize(").append(number(px)).append(")"));
        style.color().ifPresent(c -> chain.append(".withColor(").append(colour(c)).append(")"));
        style.strokeColor().ifPresent(c -> chain.append(".withStrokeColor(").append(colour(c)).append(")"));
        style.strokeWidth().ifPresent(px -> chain.append(".withStrokeWidth(").append(number(px)).append(")"));
        body.add(chain.toString());
        style.at().ifPresent(p -> body.add("            .withPosition(new Position.Point(" + p.x() + ", " + p.y()
                + "))"));
        body.add("            .over(clip, " + string(lines) + ", 0, clip.duration());");
    }

    private static String colour(String given) {
        return "Colors.parse(" + string(given) + ")";
    }

    private static String box(Rect r) {
        return "Crop.box(" + r.x1() + ", " + r.y1() + ", " + r.x2() + ", " + r.y2() + ")";
    }

    /** A double as Java reads it back exactly. */
    private static String number(double v) {
        return Double.toString(v);
    }

    /**
     * A Java string literal, all in printable ASCII (the rest as Unicode escapes), with line breaks spelled as
     * backslash-n and backslash-r: javac turns a Unicode escape into its character before it reads the literal, so
     * an escaped line break would end the line inside it.
     */
    static String string(String s) {
        return Json.quoted(s, Map.of('\n', "\\n", '\r', "\\r"), c -> c < 0x20 || c > 0x7e);
    }
}
