package eu.praxis.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** Words as typed, folded but not stemmed: the vocabulary that spelling suggestions are taken from. */
final class WordAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        var source = new StandardTokenizer();
        return new TokenStreamComponents(source, LanguageAnalyzer.folded(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return LanguageAnalyzer.folded(in);
    }
}
