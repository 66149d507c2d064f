package eu.praxis.search;

import eu.praxis.searchindex.SearchDocument;
import java.util.HashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Each word's first {@link #PREFIX} letters, the same in every language (DD019): related languages share roots
 * ("prevention", "prévention", "prevención", "prevenzione"; "disabled", "disabilità"), so a word the thesaurus
 * does not know may still find its cousins in other languages. A weak signal, weighted low: short words and every
 * language's stop words are left out, since their prefixes would match anything.
 */
final class CognateAnalyzer extends Analyzer {

    static final int PREFIX = 5;
    private static final int SHORTEST = 4;

    private final CharArraySet stopWords;

    CognateAnalyzer() {
        var all = new HashSet<String>();
        SearchDocument.ANALYZED_LANGUAGES.forEach(language -> all.addAll(LanguageAnalyzer.stopWords(language)));
        this.stopWords = new CharArraySet(all, false);
    }

    /** Every language's stop words, for the Elasticsearch declaration of the same analysis. */
    List<String> stopWords() {
        return stopWords.stream()
                .map(word -> new String((char[]) word))
                .sorted()
                .toList();
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        TokenStream stream = new StopFilter(LanguageAnalyzer.folded(source), stopWords);
        stream = new LengthFilter(stream, SHORTEST, Integer.MAX_VALUE);
        return new TokenStreamComponents(source, new TruncateTokenFilter(stream, PREFIX));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return LanguageAnalyzer.folded(in);
    }
}
