package dev.jiffy.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Ranks names by how close they are to what someone typed: edit distance, with prefixes and parts counting as near. */
final class NameDistance {
    private NameDistance() {
    }

    /** Up to {@code limit} of {@code candidates} near {@code query}, nearest first; none if nothing is near. */
    static List<String> closest(String query, Iterable<String> candidates, int limit) {
        String q = FontCatalog.key(query);
        record Scored(String name, double score, int edits) {
        }
        List<Scored> scored = new ArrayList<>();
        double threshold = Math.max(2, q.length() / 3.0);
        for (String c : candidates) {
            String k = FontCatalog.key(c);
            if (k.isEmpty()) {
                continue;
            }
            int edits = levenshtein(q, k);
            double score = edits;
            if (!q.isEmpty() && k.startsWith(q)) {
                score = Math.min(score, 0.5);
            } else if (!q.isEmpty() && (q.contains(k) || k.contains(q))) {
                score = Math.min(score, 1);
            }
            if (score <= threshold) {
                scored.add(new Scored(c, score, edits));
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).thenComparingInt(Scored::edits)
                .thenComparing(Scored::name));
        return scored.stream().limit(limit).map(Scored::name).toList();
    }

    /** The number of single-character insertions, deletions and substitutions that turn a into b. */
    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
