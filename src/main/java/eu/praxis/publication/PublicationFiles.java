package eu.praxis.publication;

import eu.praxis.base.files.FileReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Publications' files name content of the shared file store, which must stay while one names it (DD029). */
@Component
class PublicationFiles implements FileReferences {

    private final PublicationRepository publications;

    PublicationFiles(PublicationRepository publications) {
        this.publications = publications;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean names(String sha256) {
        return publications.namesContent(sha256);
    }
}
