package eu.praxis.base;

import java.util.Arrays;

/**
 * Thrown by services when a request cannot be carried out for a reason the user should read
 * (validation, a refused state change, a missing right). The message is a key of the message
 * bundles, translated by the view in the user's language; everything else is a bug and gets the
 * generic error message.
 */
public class UserFacingException extends RuntimeException {

    private final String messageKey;
    private final Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
