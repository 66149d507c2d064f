package eu.praxis.news;

import eu.praxis.base.files.FileReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** News images name content of the shared file store, which must stay while an item names it (DD029). */
@Component
class NewsImageFiles implements FileReferences {

    private final NewsRepository news;

    NewsImageFiles(NewsRepository news) {
        this.news = news;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean names(String sha256) {
        return news.existsByImageSha256(sha256);
    }
}
