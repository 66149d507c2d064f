package eu.praxis.call;

import eu.praxis.base.files.FileReferences;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Answers' letters name content of the shared file store, which must stay while a letter names it (DD029). */
@Component
class CallLetterFiles implements FileReferences {

    private final CallAnswerRepository answers;

    CallLetterFiles(CallAnswerRepository answers) {
        this.answers = answers;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean names(String sha256) {
        return answers.existsByLetterSha256(sha256);
    }
}
