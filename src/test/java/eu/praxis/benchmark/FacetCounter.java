package eu.praxis.benchmark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts, over every matching document, the values of the facet fields from their doc values — the
 * work of Hibernate Search's terms aggregations: keywords are sorted-set doc values (counted by
 * ordinal per segment, resolved to text once per segment), numbers sorted-numeric doc values.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, Map<String, Map<String, Long>>> {

    private final List<String> keywordFields;
    private final List<String> numericFields;

    FacetCounter(List<String> keywordFields, List<String> numericFields) {
        this.keywordFields = List.copyOf(keywordFields);
        this.numericFields = List.copyOf(numericFields);
    }

    @Override
    public Counts newCollector() {
        return new Counts();
    }

    @Override
    public Map<String, Map<String, Long>> reduce(Collection<Counts> collectors) throws IOException {
        var result = new HashMap<String, Map<String, Long>>();
        for (var counts : collectors) {
            counts.finishSegment();
            counts.keywords.forEach((field, values) -> values.forEach((value, count) ->
                    result.computeIfAbsent(field, f -> new HashMap<>()).merge(value, count, Long::sum)));
            counts.numbers.forEach((field, values) -> values.forEach((value, count) ->
                    result.computeIfAbsent(field, f -> new HashMap<>()).merge(value.toString(), count, Long::sum)));
        }
        return result;
    }

    final class Counts implements Collector {

        private final Map<String, Map<String, Long>> keywords = new HashMap<>();
        private final Map<String, Map<Long, Long>> numbers = new HashMap<>();
        private final List<SortedSetDocValues> segmentKeywords = new ArrayList<>();
        private final List<long[]> segmentOrdinalCounts = new ArrayList<>();

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            finishSegment();
            for (var field : keywordFields) {
                var values = DocValues.getSortedSet(context.reader(), field);
                segmentKeywords.add(values);
                segmentOrdinalCounts.add(new long[(int) values.getValueCount()]);
            }
            var segmentNumbers = new ArrayList<SortedNumericDocValues>();
            var numberCounts = new ArrayList<Map<Long, Long>>();
            for (var field : numericFields) {
                segmentNumbers.add(DocValues.getSortedNumeric(context.reader(), field));
                numberCounts.add(numbers.computeIfAbsent(field, f -> new HashMap<>()));
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) throws IOException {
                    for (var i = 0; i < segmentKeywords.size(); i++) {
                        var values = segmentKeywords.get(i);
                        if (values.advanceExact(doc)) {
                            var counts = segmentOrdinalCounts.get(i);
                            for (var n = 0; n < values.docValueCount(); n++) {
                                counts[(int) values.nextOrd()]++;
                            }
                        }
                    }
                    for (var i = 0; i < segmentNumbers.size(); i++) {
                        var values = segmentNumbers.get(i);
                        if (values.advanceExact(doc)) {
                            var counts = numberCounts.get(i);
                            for (var n = 0; n < values.docValueCount(); n++) {
                                counts.merge(values.nextValue(), 1L, Long::sum);
                            }
                        }
                    }
                }
            };
        }

        /** Turns the previous segment's ordinal counts into values. */
        void finishSegment() throws IOException {
            for (var i = 0; i < segmentKeywords.size(); i++) {
                var values = segmentKeywords.get(i);
                var counts = segmentOrdinalCounts.get(i);
                var total = keywords.computeIfAbsent(keywordFields.get(i), f -> new HashMap<>());
                for (var ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        total.merge(values.lookupOrd(ord).utf8ToString(), counts[ord], Long::sum);
                    }
                }
            }
            segmentKeywords.clear();
            segmentOrdinalCounts.clear();
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
