package eu.praxis.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/** Vaadin's upload speaks English only; this gives it the viewer's language from the {@code files} messages. */
public final class UploadTexts {

    private UploadTexts() {}

    /** @return the upload, for chaining */
    public static Upload translated(Upload upload) {
        var i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("files.upload.add.one"))
                        .setMany(upload.getTranslation("files.upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("files.upload.drop.one"))
                        .setMany(upload.getTranslation("files.upload.drop.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("files.upload.error.too-many"))
                        .setFileIsTooBig(upload.getTranslation("files.upload.error.too-big"))
                        .setIncorrectFileType(upload.getTranslation("files.upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("files.upload.status.connecting"))
                                .setStalled(upload.getTranslation("files.upload.status.stalled"))
                                .setProcessing(upload.getTranslation("files.upload.status.processing"))
                                .setHeld(upload.getTranslation("files.upload.status.held")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("files.upload.error.unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("files.upload.error.unexpected"))
                                .setForbidden(upload.getTranslation("files.upload.error.forbidden"))
                                .setFileTooLarge(upload.getTranslation("files.upload.error.too-big"))));
        upload.setI18n(i18n);
        return upload;
    }
}
