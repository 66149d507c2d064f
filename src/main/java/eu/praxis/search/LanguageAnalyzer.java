package eu.praxis.search;

import eu.praxis.searchindex.SearchDocument;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * The analysis of one text language, the same at index and query time: standard tokenizer, elision (l',
 * dell'), lower case, ASCII folding, the language's stop words (folded like the text) and its light stemmer.
 * The language-neutral analysis ({@link SearchDocument#OTHER_LANGUAGE}) has neither stop words nor stemming.
 * Cross-language matching comes from the concepts ({@link ConceptAnalyzer}), not from synonyms here (DD019).
 * {@link ElasticsearchAnalysis} declares the same chains for Elasticsearch.
 */
final class LanguageAnalyzer extends Analyzer {

    /** French and Italian elided articles and pronouns. */
    static final List<String> ELISIONS = List.of(
            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu", "all", "dall", "dell",
            "nell", "sull", "coll", "pell", "gl", "agl", "dagl", "degl", "negl", "sugl", "un", "v");

    private static final CharArraySet ELISION_SET = new CharArraySet(ELISIONS, true);

    private final String language;
    private final @Nullable CharArraySet stopWords;

    LanguageAnalyzer(String language) {
        this.language = language;
        var stops = stopWords(language);
        this.stopWords = stops.isEmpty() ? null : new CharArraySet(stops, false);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        TokenStream stream = folded(source);
        if (stopWords != null) {
            stream = new StopFilter(stream, stopWords);
        }
        return new TokenStreamComponents(source, stemmed(language, stream));
    }

    /** Elision, lower case and ASCII folding: how every analysis of ours compares words. */
    static TokenStream folded(TokenStream source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(source, ELISION_SET)));
    }

    /** The language's light stemmer; none for languages without one. */
    static TokenStream stemmed(String language, TokenStream stream) {
        return switch (language) {
            case "en" -> new PorterStemFilter(new EnglishPossessiveFilter(stream));
            case "fr" -> new FrenchLightStemFilter(stream);
            case "de" -> new GermanLightStemFilter(new GermanNormalizationFilter(stream));
            case "es" -> new SpanishLightStemFilter(stream);
            case "it" -> new ItalianLightStemFilter(stream);
            case "nl" -> new SnowballFilter(stream, new DutchStemmer());
            case "pt" -> new PortugueseLightStemFilter(stream);
            default -> stream;
        };
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The language's stop words, folded to ASCII like the text they are compared with; empty if none. */
    static List<String> stopWords(String language) {
        var set = switch (language) {
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            case "de" -> GermanAnalyzer.getDefaultStopSet();
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "it" -> ItalianAnalyzer.getDefaultStopSet();
            case "nl" -> DutchAnalyzer.getDefaultStopSet();
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
        var folded = new ArrayList<String>();
        for (Object word : set) {
            var text = word instanceof char[] chars ? new String(chars) : word.toString();
            folded.add(QuerySyntax.fold(text));
        }
        return folded;
    }
}
