package eu.praxis.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** For view tests: the state the login form leaves after an accepted password, without posting the form. */
public final class PasswordStep {

    private PasswordStep() {}

    /** What {@link SecondFactorStep} does after the password: the step's page, if a second factor is due. */
    public static Optional<String> passed(
            SecondFactorSignIn signIn, HttpServletRequest request, PraxisUser user, String target) {
        return signIn.begin(request, user, target);
    }
}
