package dev.jiffy.gif.lzw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LzwRoundTripTest {

    private static byte[] roundTrip(byte[] data, int minCodeSize) throws Exception {
        LzwEncoder encoder = new LzwEncoder();
        int len = encoder.encode(data, data.length, minCodeSize);
        byte[] packed = java.util.Arrays.copyOf(encoder.buffer(), len);
        byte[] out = new byte[data.length];
        int n = new LzwDecoder().decode(packed, minCodeSize, out, data.length);
        assertThat(n).isEqualTo(data.length);
        return out;
    }

    @Test
    void randomDataOfEveryAlphabetSizeRoundTrips() throws Exception {
        Random random = new Random(1);
        for (int alphabet : new int[] {1, 2, 3, 4, 5, 16, 17, 100, 255, 256}) {
            int minCodeSize = LzwEncoder.minCodeSize(alphabet);
            for (int size : new int[] {0, 1, 2, 3, 10, 1000, 70_000}) {
                byte[] data = new byte[size];
                for (int i = 0; i < size; i++) {
                    data[i] = (byte) random.nextInt(alphabet);
                }
                assertThat(roundTrip(data, minCodeSize)).as("alphabet %d, %d bytes", alphabet, size).isEqualTo(data);
            }
        }
    }

    @Test
    void longRunsAndRepeatedPatternsFillTheTableAndClearIt() throws Exception {
        byte[] runs = new byte[200_000];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = (byte) ((i / 1000) % 3);
        }
        assertThat(roundTrip(runs, 2)).isEqualTo(runs);
        byte[] pattern = new byte[300_000];
        for (int i = 0; i < pattern.length; i++) {
            pattern[i] = (byte) ((i * 7 + i / 13) & 0xFF);
        }
        assertThat(roundTrip(pattern, 8)).isEqualTo(pattern);
    }

    @Test
    void tablesFilledWithStringsOfTheLastIndexRoundTrip() throws Exception {
        // mostly index 255 until the table holds 4000 codes, then only 255s: the last codes are ever longer runs of
        // 255, code 4095 the longest, and the run goes on to look up code 4095 followed by 255, the key
        // 4095 << 8 | 255 whose bits the empty slot marker shares (random data alone almost never gets there)
        for (int seed = 0; seed < 4; seed++) {
            Random random = new Random(seed);
            byte[] mostly255 = new byte[300_000];
            for (int i = 0; i < mostly255.length; i++) {
                mostly255[i] = (byte) (random.nextInt(5) == 0 ? random.nextInt(256) : 255);
            }
            assertThat(roundTrip(mostly255, 8)).isEqualTo(mostly255);

            int code4000At = GreedyLzw.of(mostly255).firstAdded()[4000];
            byte[] data = java.util.Arrays.copyOf(mostly255, code4000At + 40_000);
            java.util.Arrays.fill(data, code4000At + 1, data.length, (byte) 255);
            assertThat(GreedyLzw.of(data).lookupsOf4095Then255()).as("seed %d", seed).isPositive();
            assertThat(roundTrip(data, 8)).as("seed %d", seed).isEqualTo(data);
        }
    }

    /**
     * What a greedy GIF LZW compressor of 8-bit indices does (the table cleared when a miss finds it full, as
     * LzwEncoder does), with a plain map rather than the encoder's hash table: at which index each code was first
     * added, and how often the string of code 4095 followed by index 255 was looked up.
     */
    private record GreedyLzw(int[] firstAdded, int lookupsOf4095Then255) {
        static GreedyLzw of(byte[] data) {
            java.util.Map<Integer, Integer> table = new java.util.HashMap<>();
            int[] firstAdded = new int[4096];
            java.util.Arrays.fill(firstAdded, -1);
            int nextCode = 258;
            int prefix = data[0] & 0xFF;
            int lookups = 0;
            for (int i = 1; i < data.length; i++) {
                int c = data[i] & 0xFF;
                if (prefix == 4095 && c == 255) {
                    lookups++;
                }
                Integer found = table.get(prefix << 8 | c);
                if (found != null) {
                    prefix = found;
                    continue;
                }
                if (nextCode < 4096) {
                    table.put(prefix << 8 | c, nextCode);
                    if (firstAdded[nextCode] < 0) {
                        firstAdded[nextCode] = i;
                    }
                    nextCode++;
                } else {
                    table.clear();
                    nextCode = 258;
                }
                prefix = c;
            }
            return new GreedyLzw(firstAdded, lookups);
        }
    }

    @Test
    void minimumCodeSizeIsAtLeastTwo() {
        assertThat(LzwEncoder.minCodeSize(1)).isEqualTo(2);
        assertThat(LzwEncoder.minCodeSize(2)).isEqualTo(2);
        assertThat(LzwEncoder.minCodeSize(4)).isEqualTo(2);
        assertThat(LzwEncoder.minCodeSize(8)).isEqualTo(3);
        assertThat(LzwEncoder.minCodeSize(256)).isEqualTo(8);
    }

    @Test
    void aStreamThatStopsEarlyDecodesWhatItHas() throws Exception {
        byte[] data = new byte[500];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i % 5);
        }
        LzwEncoder encoder = new LzwEncoder();
        int len = encoder.encode(data, data.length, 3);
        byte[] half = java.util.Arrays.copyOf(encoder.buffer(), len / 2);
        byte[] out = new byte[data.length];
        int n = new LzwDecoder().decode(half, 3, out, data.length);
        assertThat(n).isBetween(1, data.length - 1);
        assertThat(java.util.Arrays.copyOf(out, n)).isEqualTo(java.util.Arrays.copyOf(data, n));
    }
}
