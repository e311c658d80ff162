package dev.jiffy.cli;

import dev.jiffy.text.FontFace;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code jiffy fonts [FILTER]}: the fonts {@code --font} accepts, the bundled ones first. */
@Command(name = "fonts", mixinStandardHelpOptions = true,
        description = "List the fonts --font accepts: the bundled ones (the same on every machine) first, then this "
                + "machine's. Names match whatever the case, spaces and dashes.",
        footer = {"", "Example: jiffy make samples/bunny.webm --to 2 --text \"Hello\" --font \"Amiri Bold\" -o hello.gif"})
final class FontsCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILTER",
            description = "Only fonts whose name contains FILTER (any case).")
    String filter;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        List<FontFace> bundled = FontFace.bundled().stream().filter(this::wanted).toList();
        List<FontFace> system = FontFace.available().stream()
                .filter(f -> f.origin() == FontFace.Origin.SYSTEM).filter(this::wanted).toList();
        out.println("Bundled (the same on every machine):");
        for (FontFace f : bundled) {
            String note = f.equals(FontFace.defaultFace()) ? "  (default)" : "";
            out.println("  " + f.name() + "  [" + f.postScriptName() + "]" + note);
        }
        if (bundled.isEmpty()) {
            out.println("  none matching '" + filter + "'");
        }
        out.println("This machine's (" + system.size() + "):");
        for (FontFace f : system) {
            out.println("  " + f.name());
        }
        if (system.isEmpty()) {
            out.println(filter != null ? "  none matching '" + filter + "'"
                    : "  none" + FontFace.systemProblem().map(p -> ": " + p).orElse(""));
        }
        return Jiffy.OK;
    }

    private boolean wanted(FontFace f) {
        if (filter == null) {
            return true;
        }
        String want = filter.toLowerCase(Locale.ROOT);
        return f.name().toLowerCase(Locale.ROOT).contains(want) || f.postScriptName().toLowerCase(Locale.ROOT).contains(want);
    }
}
