package eu.praxis.base;

/**
 * Something the caller asked for does not exist, or exists but the caller may not know it does.
 * Both cases give the same answer so that ids of hidden things cannot be probed.
 */
public class NotFoundException extends UserFacingException {

    public NotFoundException() {
        super("error.not-found");
    }
}
