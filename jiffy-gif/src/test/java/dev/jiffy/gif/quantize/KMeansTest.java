package dev.jiffy.gif.quantize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KMeansTest {

    @Test
    void refinesExactlyAsWithEveryCentreMeasuredAgainstEveryOther() {
        // whole levels make equal distances (and equal greens) common, so ties on distance and index are exercised;
        // duplicated centres make the m-th distance 0
        Random random = new Random(5);
        for (int trial = 0; trial < 40; trial++) {
            int k = 1 + random.nextInt(trial < 20 ? 256 : 12);
            int n = 1 + random.nextInt(3000);
            int spread = 1 + random.nextInt(trial % 2 == 0 ? 256 : 24);
            double[] centres = new double[3 * k];
            for (int i = 0; i < 3 * k; i++) {
                centres[i] = i >= 3 && random.nextInt(8) == 0 ? centres[i - 3] : random.nextInt(spread);
            }
            double[] means = new double[3 * n];
            double[] weights = new double[n];
            int[] assignment = new int[n];
            for (int s = 0; s < n; s++) {
                for (int a = 0; a < 3; a++) {
                    means[3 * s + a] = trial % 4 < 2 ? random.nextInt(spread) : random.nextDouble() * spread;
                }
                weights[s] = 1 + random.nextInt(50);
                assignment[s] = random.nextInt(k);
            }
            double[] expectedCentres = centres.clone();
            int[] expectedAssignment = assignment.clone();
            new Reference().refine(means, weights, n, expectedCentres, k, expectedAssignment, 3);
            new KMeans().refine(means, weights, n, centres, k, assignment, 3);
            assertThat(assignment).as("trial %d", trial).isEqualTo(expectedAssignment);
            assertThat(centres).as("trial %d", trial).isEqualTo(expectedCentres);
        }
    }

    /** K-means as first written: each centre's neighbours found by measuring it against all the others. */
    private static final class Reference {
        private final int[] neighbours = new int[256 * KMeans.NEIGHBOURS];

        void refine(double[] means, double[] weights, int n, double[] centres, int k, int[] assignment, int passes) {
            int m = Math.min(KMeans.NEIGHBOURS, k - 1);
            double[] nearest = new double[KMeans.NEIGHBOURS];
            for (int i = 0; i < k; i++) {
                int count = 0;
                for (int j = 0; j < k; j++) {
                    if (j == i) {
                        continue;
                    }
                    double d = KMeans.distance(centres, j, centres[3 * i], centres[3 * i + 1], centres[3 * i + 2]);
                    if (count == m && d >= nearest[m - 1]) {
                        continue;
                    }
                    int pos = count < m ? count++ : m - 1;
                    while (pos > 0 && nearest[pos - 1] > d) {
                        nearest[pos] = nearest[pos - 1];
                        neighbours[i * KMeans.NEIGHBOURS + pos] = neighbours[i * KMeans.NEIGHBOURS + pos - 1];
                        pos--;
                    }
                    nearest[pos] = d;
                    neighbours[i * KMeans.NEIGHBOURS + pos] = j;
                }
            }
            for (int pass = 0; pass < passes; pass++) {
                double[] sums = new double[4 * k];
                for (int s = 0; s < n; s++) {
                    double r = means[3 * s];
                    double g = means[3 * s + 1];
                    double b = means[3 * s + 2];
                    int best = assignment[s];
                    double bestD = KMeans.distance(centres, best, r, g, b);
                    for (int j = 0; j < m; j++) {
                        int c = neighbours[assignment[s] * KMeans.NEIGHBOURS + j];
                        double d = KMeans.distance(centres, c, r, g, b);
                        if (d < bestD) {
                            bestD = d;
                            best = c;
                        }
                    }
                    assignment[s] = best;
                    sums[4 * best] += r * weights[s];
                    sums[4 * best + 1] += g * weights[s];
                    sums[4 * best + 2] += b * weights[s];
                    sums[4 * best + 3] += weights[s];
                }
                for (int i = 0; i < k; i++) {
                    if (sums[4 * i + 3] > 0) {
                        for (int a = 0; a < 3; a++) {
                            centres[3 * i + a] = sums[4 * i + a] / sums[4 * i + 3];
                        }
                    }
                }
            }
        }
    }
}
