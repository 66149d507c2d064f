package eu.praxis.practice;

import eu.praxis.security.CurrentUser;
import eu.praxis.security.PraxisUser;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the person on whose behalf the transaction runs. Instantiated by Envers. */
class PracticeRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((PracticeRevision) revisionEntity)
                .setPersonId(CurrentUser.get().map(PraxisUser::personId).orElse(null));
    }
}
