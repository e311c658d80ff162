package dev.jiffy.gif.optimize;

/**
 * Colour sameness with ImageMagick's {@code -fuzz} meaning: a distance in percent of the largest RGB distance
 * (black to white). ImageMagick compares {@code Δr² + Δg² + Δb²} with {@code 3·fuzz²}, fuzz being the percentage of
 * the quantum range; at 8 bits: same when {@code Δr² + Δg² + Δb² <= 3·(percent/100·255)²}. 0 % means identical only.
 */
public final class Fuzz {
    private final long limit;

    public Fuzz(double percent) {
        double f = percent / 100.0 * 255.0;
        this.limit = (long) Math.floor(3.0 * f * f + 1e-9);
    }

    /** The largest squared RGB distance that still counts as the same colour. */
    public long limit() {
        return limit;
    }

    /** Whether the RGB parts of two packed colours are within fuzz of each other (alpha is ignored). */
    public boolean same(int c1, int c2) {
        if (limit == 0) {
            // no fuzz (quality 70 and up): the same colour only, told without working out a distance
            return ((c1 ^ c2) & 0xFFFFFF) == 0;
        }
        int dr = ((c1 >>> 16) & 0xFF) - ((c2 >>> 16) & 0xFF);
        int dg = ((c1 >>> 8) & 0xFF) - ((c2 >>> 8) & 0xFF);
        int db = (c1 & 0xFF) - (c2 & 0xFF);
        return dr * dr + dg * dg + db * db <= limit;
    }
}
