package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.studio.Studio;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's Export writes the same bytes as the {@code jiffy make} command the page shows for its settings. */
class StudioExportTest {
    @TempDir
    Path dir;

    @Test
    void exportIsByteForByteTheCommandItShows() throws IOException {
        // 0.7 s from an in point that is not a round number, cropped, scaled, sped up, captioned, at quality 70.
        List<String> args = exportAndCommand("&file=bunny.webm&from=6.958333333333333&to=7.666666666666667"
                + "&crop=200,100,840,460&width=200&speed=1.25&fps=12&quality=70&text=" + "I%20see%20rabbits.");
        assertThat(args).contains("--crop", "200,100,840,460", "--text", "I see rabbits.", "--quality", "70");
    }

    @Test
    void withASizeTargetTooTheExportIsTheCommand() throws IOException {
        // 1.5 s at 320 px is about 300 KB at the default quality: the search has to lower it to fit 120 KB.
        List<String> args = exportAndCommand("&file=bunny.webm&from=3&to=4.5&width=320&fps=10&target=120KB");
        assertThat(args).contains("--max-size", "120KB").doesNotContain("--quality");
        assertThat(Files.size(dir.resolve("made.gif"))).isLessThanOrEqualTo(120_000);
    }

    @Test
    void aStyledCaptionDraggedIntoPlaceIsTheCommandsToo() throws IOException {
        List<String> args = exportAndCommand("&file=bunny.webm&from=1&to=1.5&width=240&fps=10&text=Hop"
                + "&font=Amiri%20Bold&fontSize=30&color=%23ffcc00&strokeColor=%23002080&strokeWidth=3&textAt=20,40");
        assertThat(args).contains("--font", "Amiri Bold", "--font-size", "30", "--text-color", "#ffcc00",
                "--stroke-color", "#002080", "--stroke-width", "3", "--text-pos", "20,40");
    }

    @Test
    void loopsAndEffectsAreTheCommandsAndTheJavaProgramsToo() throws IOException {
        // A frozen box, a boomerang, black and white, under a styled caption; then a crossfade loop of the sample
        // with its background removed, under a size target: each as the page exports it, the command and the program.
        String frozen = "&file=bunny.webm&from=1&to=1.6&width=200&fps=10&quality=60&freeze=10,10,90,60"
                + "&freezeAt=0.2&loop=boomerang&bw=1&text=Still&fontSize=20&color=%23ffcc00&textAt=100,70";
        assertThat(exportAndCommand(frozen)).contains("--freeze-region", "10,10,90,60", "--freeze-at", "0.2",
                "--boomerang", "--bw");
        assertThat(Files.readAllBytes(runJava(frozen))).as("the Java program's GIF and the export")
                .isEqualTo(Files.readAllBytes(dir.resolve("videos").resolve("bunny.gif")));

        String cutOut = "&file=bunny.webm&from=2&to=3.5&width=160&fps=8&bg=1&loop=crossfade&crossfade=0.4"
                + "&target=60KB";
        assertThat(exportAndCommand(cutOut)).contains("--remove-background", "--loop-crossfade", "0.4",
                "--max-size", "60KB");
        assertThat(Files.readAllBytes(runJava(cutOut))).as("the Java program's GIF and the export")
                .isEqualTo(Files.readAllBytes(dir.resolve("videos").resolve("bunny.gif")));
    }

    /** Asks the studio for the Java program of {@code settings}, runs it with {@code jiffy run}, returns its GIF. */
    private Path runJava(String settings) throws IOException {
        Path folder = dir.resolve("videos");
        String program;
        try (Studio studio = Studio.start(folder)) {
            program = get(studio.address().toString().replace("/?", "/api/java?") + settings);
        }
        Matcher java = Pattern.compile("\"java\":\"(.*)\"}$", Pattern.DOTALL).matcher(program);
        assertThat(java.find()).as(program).isTrue();
        String source = unescapeJson(java.group(1));
        assertThat(source).contains("public class MakeGif", "VideoFileClip.open(video)");
        Path file = dir.resolve("MakeGif.java");
        Files.writeString(file, source);
        Path out = dir.resolve("from-java.gif");
        Files.deleteIfExists(out);
        CliRun run = CliRun.of("run", "--cache-dir", dir.resolve("cache").toString(), file.toString(),
                folder.resolve("bunny.webm").toString(), out.toString());
        assertThat(run.exitCode()).as(run.err() + "\n" + source).isZero();
        return out;
    }

    /** The JSON string escapes Json.string writes: \" \\ and \\uXXXX. */
    private static String unescapeJson(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                b.append(s.charAt(++i));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Exports with {@code settings} in a studio, runs the command it shows, checks both GIFs are the same bytes, and
     * returns the command's arguments.
     */
    private List<String> exportAndCommand(String settings) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("videos"));
        if (!Files.exists(folder.resolve("bunny.webm"))) {
            Files.copy(CliRun.SAMPLE, folder.resolve("bunny.webm"));
        }
        String answer;
        try (Studio studio = Studio.start(folder)) {
            answer = post(studio.address().toString().replace("/?", "/api/export?") + settings);
        }
        Path exported = folder.resolve("bunny.gif");
        assertThat(answer).contains("\"file\":\"bunny.gif\"", "\"bytes\":" + Files.size(exported));

        Matcher command = Pattern.compile("\"command\":\"([^\"]*)\"").matcher(answer);
        assertThat(command.find()).as(answer).isTrue();
        List<String> words = shellWords(command.group(1).replace("\\\\", "\\"));
        assertThat(words.get(0)).isEqualTo("jiffy");
        List<String> args = new ArrayList<>(words.subList(1, words.size()));
        assertThat(args).startsWith("make", "bunny.webm").endsWith("-o", "bunny.gif");
        List<String> shown = List.copyOf(args);
        // The command names the files in the studio's folder; here it runs from the module's folder.
        args.set(1, folder.resolve("bunny.webm").toString());
        Path made = dir.resolve("made.gif");
        args.set(args.size() - 1, made.toString());
        args.add("-q");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        assertThat(Files.readAllBytes(exported)).as("the studio's export and `jiffy %s`", String.join(" ", args))
                .isEqualTo(Files.readAllBytes(made));
        return shown;
    }

    private static String get(String url) throws IOException {
        return send("GET", url);
    }

    private static String post(String url) throws IOException {
        return send("POST", url);
    }

    private static String send(String method, String url) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(status).as(body).isEqualTo(200);
            return body;
        }
    }

    /** Words as a POSIX shell splits them: spaces separate, single quotes keep, '\'' is a quote inside quotes. */
    private static List<String> shellWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
                any = true;
            } else if (c == '\\' && !quoted && i + 1 < line.length()) {
                word.append(line.charAt(++i));
            } else if (c == ' ' && !quoted) {
                if (any || word.length() > 0) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
            }
        }
        if (any || word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
