package eu.praxis.base.ui;

import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.praxis.base.UserFacingException;
import java.io.InputStream;
import java.io.Serializable;

/**
 * Hands the body of an upload straight to a service, which streams it to where it goes and stops at its own
 * limit. Vaadin's ready-made handlers copy the whole body first: {@code toTempFile} into a {@code temp_dir*}
 * folder of its own, named after the uploader's file name (a path, a NUL or a long name broke it, and the
 * folder stayed behind), {@code inMemory} into the heap. A body that declares a length beyond the limit is
 * refused before a byte of it is read.
 */
public final class StreamingUpload implements UploadHandler {

    /** Runs on the upload's request thread, as the uploader, outside the UI lock. */
    @FunctionalInterface
    public interface Receiver extends Serializable {

        /**
         * @param fileName as the browser sent it; the service cleans it
         * @return what the view does afterwards, run with the UI locked
         * @throws UserFacingException when the service refuses the upload; the reason is shown
         */
        Command receive(InputStream content, String fileName);
    }

    private final long maxBytes;
    private final UserFacingException tooLarge;
    private final Receiver receiver;

    public StreamingUpload(long maxBytes, UserFacingException tooLarge, Receiver receiver) {
        this.maxBytes = maxBytes;
        this.tooLarge = tooLarge;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) {
        var ui = event.getUI();
        var source = event.getOwningComponent();
        Command after;
        try {
            // -1 when the body is chunked: then the service's own count stops it.
            if (event.getFileSize() > maxBytes) {
                throw tooLarge;
            }
            after = receiver.receive(event.getInputStream(), event.getFileName());
        } catch (UserFacingException e) {
            event.reject(e.messageKey());
            ui.access(() -> Toasts.refused(source, e));
            return;
        }
        ui.access(after);
    }

    /** Also the limit Vaadin applies to a multipart upload's part. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }
}
