package eu.praxis.publication;

import eu.praxis.base.NotFoundException;
import eu.praxis.base.files.Uploads;
import java.io.InputStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public publications for anyone, without login ({@link PublicationPolicy#mayRead}): the public page and the files.
 * Anything that is not public is "not found" here, whoever asks; members read it through
 * {@link PublicationLibrary}.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class PublicPublications {

    private final PublicationRepository publications;
    private final PublicationReadModels readModels;
    private final PublicationPolicy policy;
    private final Uploads uploads;

    PublicPublications(
            PublicationRepository publications,
            PublicationReadModels readModels,
            PublicationPolicy policy,
            Uploads uploads) {
        this.publications = publications;
        this.readModels = readModels;
        this.policy = policy;
        this.uploads = uploads;
    }

    /** The public page: the publication with its public editions, naming no project, theme or group. */
    public PublicationDetails get(long id) {
        var publication = publications.findById(id).filter(this::isPublic).orElseThrow(NotFoundException::new);
        var editions = publications.findFamily(publication.familyKey()).stream()
                .filter(e -> !e.equals(publication) && isPublic(e))
                .toList();
        return readModels.details(publication, editions, false, false);
    }

    /** @throws NotFoundException when there is no such file or its publication is not public */
    public PublicationFileDownload download(long fileId) {
        var publication =
                publications.findByFileId(fileId).filter(this::isPublic).orElseThrow(NotFoundException::new);
        return download(publication, fileId);
    }

    /**
     * The bytes of a file that {@link #download} or {@link PublicationLibrary#download} found for the caller. Outside
     * any transaction: the caller streams for as long as the download takes; the caller closes the stream.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public InputStream open(PublicationFileDownload download) {
        return uploads.open(download.sha256());
    }

    static PublicationFileDownload download(Publication publication, long fileId) {
        var file = publication.file(fileId).orElseThrow(NotFoundException::new);
        return new PublicationFileDownload(file.getFileName(), file.getMediaType(), file.getSize(), file.getSha256());
    }

    private boolean isPublic(Publication publication) {
        return policy.mayRead(publication.getVisibility());
    }
}
