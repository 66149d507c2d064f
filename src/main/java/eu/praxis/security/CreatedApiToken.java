package eu.praxis.security;

/**
 * A token just created, with its secret: the only time the secret exists outside its owner's hands.
 * {@link #toString()} leaves it out so that no log line ever carries it.
 */
public record CreatedApiToken(ApiTokenItem token, String secret) {

    @Override
    public String toString() {
        return "CreatedApiToken[" + token + "]";
    }
}
