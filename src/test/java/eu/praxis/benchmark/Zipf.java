package eu.praxis.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Draws from a list with Zipf-like probabilities (rank r weighs 1/r^s), so that a few words are very
 * frequent and most are rare, as in real text; that shapes posting-list lengths and term statistics.
 */
final class Zipf<T> {

    private final List<T> items;
    private final double[] cumulative;

    Zipf(List<T> items, double exponent) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to draw from");
        }
        this.items = List.copyOf(items);
        cumulative = new double[items.size()];
        var sum = 0.0;
        for (var rank = 0; rank < cumulative.length; rank++) {
            sum += 1.0 / Math.pow(rank + 1, exponent);
            cumulative[rank] = sum;
        }
        for (var rank = 0; rank < cumulative.length; rank++) {
            cumulative[rank] /= sum;
        }
    }

    T draw(RandomGenerator random) {
        var index = Arrays.binarySearch(cumulative, random.nextDouble());
        return items.get(Math.min(index < 0 ? -index - 1 : index, items.size() - 1));
    }

    List<T> items() {
        return items;
    }
}
