package dev.jiffy.preview;

import java.util.LinkedHashMap;
import java.util.Map;

/** The most recently used pictures, within a memory budget. Thread-safe. */
final class PictureCache {
    private final long budget;
    private final LinkedHashMap<Long, Picture> pictures = new LinkedHashMap<>(64, 0.75f, true);
    private long used;

    /** @param budget bytes of pixels to keep (see {@link #put} for the pictures kept whatever their size) */
    PictureCache(long budget) {
        this.budget = budget;
    }

    /** Half a gigabyte or a quarter of the heap, whichever is less. */
    static PictureCache sized() {
        return new PictureCache(Math.min(512L << 20, Runtime.getRuntime().maxMemory() / 4));
    }

    synchronized Picture get(int index, boolean asGif) {
        return pictures.get(key(index, asGif));
    }

    synchronized boolean contains(int index, boolean asGif) {
        return pictures.containsKey(key(index, asGif));
    }

    /** Adds {@code p}, dropping the least recently used pictures beyond the budget, but never the last {@code keep}. */
    synchronized void put(Picture p, int keep) {
        Picture old = pictures.put(key(p.index(), p.asGif()), p);
        if (old != null) {
            used -= old.bytes();
        }
        used += p.bytes();
        var it = pictures.entrySet().iterator();
        while (used > budget && pictures.size() > keep && it.hasNext()) {
            Map.Entry<Long, Picture> eldest = it.next();
            used -= eldest.getValue().bytes();
            it.remove();
        }
    }

    synchronized int size() {
        return pictures.size();
    }

    private static long key(int index, boolean asGif) {
        return ((long) index << 1) | (asGif ? 1 : 0);
    }
}
