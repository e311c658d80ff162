package dev.jiffy.batch;

import dev.jiffy.OutputException;
import dev.jiffy.render.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What an output folder's GIFs were made from: per output name, the hash of the row that made it and its frame count,
 * so that a re-run of the batch skips rows that are unchanged and already made. One line per GIF, appended as each
 * finishes (a batch stopped half-way keeps what it finished), rewritten without superseded lines at the end.
 */
final class Manifest {
    static final String NAME = ".jiffy-batch";
    private static final String HEADER = "# jiffy batch: row hash, frames, output";
    /** What an existing manifest starts with, so that only a manifest is replaced by one. */
    private static final byte[] MAGIC = "# jiffy batch".getBytes(StandardCharsets.UTF_8);

    private record Entry(String hash, int frames) {
    }

    private final Path file;
    private final Map<String, Entry> entries;

    private Manifest(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** The manifest of {@code folder}; empty if it has none. A damaged line (a run killed mid-write) is ignored. */
    static Manifest of(Path folder) {
        Path file = folder.resolve(NAME);
        Map<String, Entry> entries = new ConcurrentHashMap<>();
        if (Files.isRegularFile(file)) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
            }
            for (String line : lines) {
                String[] f = line.split("\t", 3);
                if (f.length == 3 && f[0].length() == 64 && f[1].matches("\\d{1,9}")) {
                    entries.put(f[2], new Entry(f[0], Integer.parseInt(f[1])));
                }
            }
        }
        return new Manifest(file, entries);
    }

    /** Frames of the GIF that {@code job} made in an earlier run, if the row is unchanged and its output exists. */
    java.util.OptionalInt madeBefore(Job job, Path gif) {
        Entry e = entries.get(job.output());
        if (e == null || !e.hash().equals(job.hash()) || !Files.isRegularFile(gif)) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(e.frames());
    }

    /** Notes that {@code job} made its GIF of {@code frames} frames. */
    synchronized void record(Job job, int frames) {
        Entry e = new Entry(job.hash(), frames);
        entries.put(job.output(), e);
        try {
            if (!Files.exists(file)) {
                Files.writeString(file, HEADER + "\n", StandardCharsets.UTF_8);
            }
            Files.writeString(file, line(job.output(), e), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException x) {
            throw new OutputException("cannot write " + file + " (what a re-run skips): " + x.getMessage(), x);
        }
    }

    /** Rewrites the manifest with one line per output. */
    synchronized void compact() {
        if (entries.isEmpty()) {
            return;
        }
        try (AtomicFile out = AtomicFile.create(file, "manifest", MAGIC)) {
            try (OutputStream s = out.open()) {
                StringBuilder text = new StringBuilder(HEADER).append('\n');
                new TreeMap<>(entries).forEach((output, e) -> text.append(line(output, e)));
                s.write(text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException x) {
                throw new OutputException("cannot write " + file + ": " + x.getMessage(), x);
            }
            out.commit();
        }
    }

    private static String line(String output, Entry e) {
        return e.hash() + "\t" + e.frames() + "\t" + output + "\n";
    }
}
