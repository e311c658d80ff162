package dev.jiffy.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a job list: one GIF per row, as CSV (a header row naming the columns) or JSON Lines (one object per line).
 * Every row needs {@code input} and {@code output}; its other columns are {@code jiffy make}'s options by long name.
 * Blank lines and lines starting with {@code #} are skipped; one row is one line (a CSV field cannot hold a line
 * break). What the options mean is checked by the front end that runs the rows; this class checks the shape of the
 * list, so that a mistake in it is reported with its line before anything is rendered.
 */
public final class JobList {
    /** The columns every row has; the rest are options. */
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";

    private JobList() {
    }

    /**
     * The rows of the job list {@code file}: {@code .csv}, or {@code .jsonl}/{@code .ndjson} (JSON Lines).
     *
     * @throws IllegalArgumentException naming the file and line of the first mistake
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static List<Job> read(Path file) {
        boolean csv = isCsv(file.toString());
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the job list " + file + " does not exist");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read the job list " + file + ": " + e.getMessage(), e);
        }
        return csv ? parseCsv(file.toString(), lines) : parseJsonLines(file.toString(), lines);
    }

    /**
     * The rows of a job list's text, read elsewhere (from a cluster's file system, say): CSV or JSON Lines as the
     * name {@code source} ends.
     *
     * @throws IllegalArgumentException naming the source and line of the first mistake
     */
    public static List<Job> parse(String source, List<String> lines) {
        return isCsv(source) ? parseCsv(source, lines) : parseJsonLines(source, lines);
    }

    /**
     * Rows given as columns and values (a table's rows), each with its line (or row number) for messages, checked as
     * the rows of a file are: input and output present, output names inside the folder and distinct.
     *
     * @param source names the rows in messages
     * @param rows   each row's columns by line, in order
     * @throws IllegalArgumentException naming the source and line of the first mistake
     */
    public static List<Job> of(String source, Map<Integer, Map<String, String>> rows) {
        List<Job> jobs = new ArrayList<>();
        rows.forEach((line, row) -> jobs.add(job(source, line, row)));
        return checked(source, jobs);
    }

    /** Whether {@code name} is a CSV job list (else JSON Lines); neither is an error saying what would be right. */
    private static boolean isCsv(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean csv = lower.endsWith(".csv");
        if (!csv && !lower.endsWith(".jsonl") && !lower.endsWith(".ndjson")) {
            throw new IllegalArgumentException("the job list " + name + " should be a .csv (with a header row) or a "
                    + ".jsonl (one JSON object per line)");
        }
        return csv;
    }

    /** The rows of CSV text (header first), {@code source} naming it in messages. */
    public static List<Job> parseCsv(String source, List<String> lines) {
        List<String> header = null;
        int headerLine = 0;
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i);
            if (skipped(text)) {
                continue;
            }
            List<String> fields;
            try {
                fields = Csv.fields(text);
            } catch (IllegalArgumentException e) {
                throw at(source, line, e.getMessage());
            }
            if (header == null) {
                header = header(source, line, fields);
                headerLine = line;
                continue;
            }
            if (fields.size() != header.size()) {
                throw at(source, line, fields.size() + " fields but the header (line " + headerLine + ") names "
                        + header.size() + "; quote a value that holds a comma");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < fields.size(); c++) {
                row.put(header.get(c), fields.get(c));
            }
            jobs.add(job(source, line, row));
        }
        if (header == null) {
            throw new IllegalArgumentException("the job list " + source + " is empty: it needs a header row such as "
                    + "input,output,from,to,width");
        }
        return checked(source, jobs);
    }

    /** The rows of JSON Lines text, {@code source} naming it in messages. */
    public static List<Job> parseJsonLines(String source, List<String> lines) {
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (skipped(lines.get(i))) {
                continue;
            }
            Map<String, String> row;
            try {
                row = FlatJson.object(lines.get(i));
            } catch (IllegalArgumentException e) {
                throw at(source, i + 1, e.getMessage());
            }
            jobs.add(job(source, i + 1, row));
        }
        return checked(source, jobs);
    }

    private static boolean skipped(String text) {
        String t = text.strip();
        return t.isEmpty() || t.startsWith("#");
    }

    private static List<String> header(String source, int line, List<String> fields) {
        List<String> names = new ArrayList<>();
        for (String f : fields) {
            String n = optionName(f);
            if (n.isEmpty()) {
                throw at(source, line, "the header has a blank column name");
            }
            if (names.contains(n)) {
                throw at(source, line, "the header names " + n + " twice");
            }
            names.add(n);
        }
        for (String needed : List.of(INPUT, OUTPUT)) {
            if (!names.contains(needed)) {
                throw at(source, line, "the header has no " + needed + " column; it names " + String.join(",", names)
                        + " (e.g. input,output,from,to,width)");
            }
        }
        return names;
    }

    private static Job job(String source, int line, Map<String, String> row) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : row.entrySet()) {
            String name = optionName(e.getKey());
            if (options.put(name, e.getValue().strip()) != null) {
                throw at(source, line, name + " is given twice");
            }
        }
        String input = options.remove(INPUT);
        String output = options.remove(OUTPUT);
        if (input == null || input.isEmpty()) {
            throw at(source, line, "the row has no input (the video to read)");
        }
        if (output == null || output.isEmpty()) {
            throw at(source, line, "the row has no output (the GIF's name, e.g. clip1.gif)");
        }
        checkOutput(source, line, output);
        options.values().removeIf(String::isEmpty);
        return new Job(line, input, output, options);
    }

    /** "--from" and "from" are the same column. */
    private static String optionName(String column) {
        return column.strip().replaceFirst("^--", "");
    }

    private static void checkOutput(String source, int line, String output) {
        Path p;
        try {
            p = Path.of(output);
        } catch (java.nio.file.InvalidPathException e) {
            throw at(source, line, "output '" + output + "' is not a file name: " + e.getReason());
        }
        if (output.chars().anyMatch(c -> c < 0x20)) {
            throw at(source, line, "output '" + output.strip() + "' holds a control character (a tab?)");
        }
        if (p.isAbsolute() || p.normalize().startsWith("..") || output.equals("-")) {
            throw at(source, line, "output '" + output + "' must be a name inside the output folder, e.g. clip1.gif");
        }
    }

    private static List<Job> checked(String source, List<Job> jobs) {
        Map<Path, Integer> seen = new HashMap<>();
        for (Job j : jobs) {
            Integer first = seen.putIfAbsent(Path.of(j.output()).normalize(), j.line());
            if (first != null) {
                throw at(source, j.line(), "output " + j.output() + " is also line " + first
                        + "'s: each row needs its own output name");
            }
        }
        return List.copyOf(jobs);
    }

    private static IllegalArgumentException at(String source, int line, String message) {
        return new IllegalArgumentException(source + " line " + line + ": " + message);
    }
}
