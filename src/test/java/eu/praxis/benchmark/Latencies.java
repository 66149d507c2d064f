package eu.praxis.benchmark;

import java.util.Arrays;

/** Latency samples of one search path, in nanoseconds; percentiles by the nearest-rank method. */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    int count() {
        return count;
    }

    /** In milliseconds. */
    double percentile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        var sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        var rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    double mean() {
        return Arrays.stream(samples, 0, count).average().orElse(Double.NaN) / 1e6;
    }
}
