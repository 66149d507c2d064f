package eu.praxis.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
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
 * that the vocabulary's terms themselves are read with.
 */
final class ConceptAnalyzer extends Analyzer {

    private final String language;
    private final @Nullable SynonymMap vocabulary;
    private final @Nullable CharArraySet tokens;

    ConceptAnalyzer(String language, @Nullable SynonymMap vocabulary, @Nullable CharArraySet tokens) {
        this.language = language;
        this.vocabulary = vocabulary;
        this.tokens = tokens;
    }

    /** How the terms of the vocabulary are read for a language. */
    static ConceptAnalyzer termReader(String language) {
        return new ConceptAnalyzer(language, null, null);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        TokenStream stream = LanguageAnalyzer.stemmed(language, LanguageAnalyzer.folded(source));
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
