package dev.jiffy.batch;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One row of a job list: one GIF.
 *
 * @param line    the row's line in the job list (1 = the first line of the file), for messages
 * @param input   the video (or folder of frames) to read, as written in the list
 * @param output  the GIF's name, relative to the batch's output folder
 * @param options {@code jiffy make}'s options by long name without dashes ({@code from}, {@code width},
 *                {@code boomerang}), values as text; blank values are left out
 */
// Serializable: a cluster (jiffy-spark) ships rows to the machines that render them.
public record Job(int line, String input, String output, Map<String, String> options) implements Serializable {

    public Job {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(output, "output");
        // sorted, so the row's hash does not depend on the order of the columns
        options = Map.copyOf(new TreeMap<>(options));
    }

    /** The same row reading {@code input} instead (a local copy of a remote file, say). */
    public Job withInput(String input) {
        return new Job(line, input, output, options);
    }

    /** The same row with {@code value} for {@code option}. */
    public Job withOption(String option, String value) {
        TreeMap<String, String> changed = new TreeMap<>(options);
        changed.put(option, value);
        return new Job(line, input, output, changed);
    }

    /**
     * A digest of what the row asks for (input, output, options; not its line number), so that a re-run can tell an
     * unchanged row from an edited one.
     */
    public String hash() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        // length-prefixed fields: "a","bc" and "ab","c" must not collide
        StringBuilder text = new StringBuilder();
        field(text, input);
        field(text, output);
        new TreeMap<>(options).forEach((k, v) -> {
            field(text, k);
            field(text, v);
        });
        return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void field(StringBuilder text, String value) {
        text.append(value.length()).append(':').append(value);
    }
}
