package eu.praxis.search;

import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.miscellaneous.KeepWordFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a text of one language into the tokens of the concepts and places it mentions, and nothing else
 * (DD019): the language's words, folded and stemmed as in {@link LanguageAnalyzer} but without stop words
 * (so that "salle de consommation" stays one run of words), then the vocabulary's terms, read the same way,
 * replaced by their concept's token, then every other word dropped. Without a vocabulary it is the analysis
 * that the vocabulary's terms themselves are read with. In German and Dutch, which join words that other languages
 * write apart, a compound is also read as the vocabulary's words it is made of ("drugsoverlast": drugs, overlast),
 * next to itself, so that its parts' concepts are found too.
 */
final class ConceptAnalyzer extends Analyzer {

    /** The languages whose compounds are split. */
    static final Set<String> COMPOUNDING = Set.of("de", "nl");

    static final int SHORTEST_COMPOUND = 8;
    static final int SHORTEST_PART = 4;

    private final String language;
    private final @Nullable SynonymMap vocabulary;
    private final @Nullable CharArraySet tokens;
    private final @Nullable CharArraySet compoundParts;

    /**
     * @param compoundParts the folded words that compounds of the language are split into, or null to split none
     */
    ConceptAnalyzer(
            String language,
            @Nullable SynonymMap vocabulary,
            @Nullable CharArraySet tokens,
            @Nullable CharArraySet compoundParts) {
        this.language = language;
        this.vocabulary = vocabulary;
        this.tokens = tokens;
        this.compoundParts = compoundParts;
    }

    /** How the terms of the vocabulary are read for a language. */
    static ConceptAnalyzer termReader(String language) {
        return new ConceptAnalyzer(language, null, null, null);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        TokenStream stream = LanguageAnalyzer.folded(source);
        if (compoundParts != null) {
            stream = new DictionaryCompoundWordTokenFilter(
                    stream,
                    compoundParts,
                    SHORTEST_COMPOUND,
                    SHORTEST_PART,
                    DictionaryCompoundWordTokenFilter.DEFAULT_MAX_SUBWORD_SIZE,
                    true);
        }
        stream = LanguageAnalyzer.stemmed(language, stream);
        if (vocabulary != null && tokens != null) {
            stream = new SynonymGraphFilter(stream, vocabulary, true);
            // an index holds no token graph: several-word terms become single positions
            stream = new FlattenGraphFilter(stream);
            stream = new KeepWordFilter(stream, tokens);
        }
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return LanguageAnalyzer.folded(in);
    }
}
