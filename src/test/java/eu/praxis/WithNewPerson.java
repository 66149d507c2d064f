package eu.praxis;

import eu.praxis.security.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithSecurityContext;

/**
 * Runs each test logged in as a person created for it ({@link TestPeople#account(Role, java.util.Locale)}): a new
 * account of this role in a new organisation of its own, loaded as at log-in. The test finds the person with
 * {@code CurrentUser.require()}. Replaces logging in as a demo account: tests do not share people.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@WithSecurityContext(factory = WithNewPersonFactory.class)
public @interface WithNewPerson {

    Role value() default Role.MEMBER;

    /** The person's language (a language tag): the language of the screens they see. */
    String language() default "en";
}
