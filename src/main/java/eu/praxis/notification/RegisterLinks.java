package eu.praxis.notification;

import eu.praxis.security.CurrentUser;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The one-click register link in the mail about a new event ({@link #PATH} and a token that {@link MailTokens}
 * signs for one person and one event, written by {@link NotificationMails}): it leads, through the login if need be, to a page that registers the person. The token
 * proves that the person meant to register from their own mail, so that no address planted elsewhere registers
 * whoever opens it; whether they may register is the event feature's rule, asked when they do.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class RegisterLinks {

    /** Route of the register page, followed by the token. */
    public static final String PATH = "notifications/register";

    private final MailTokens tokens;

    RegisterLinks(MailTokens tokens) {
        this.tokens = tokens;
    }

    /**
     * The event a register link names, if it was made for the caller; empty for a link that is not ours, tampered
     * with, or made for someone else (who forwarded their mail).
     */
    public Optional<Long> eventOf(String token) {
        var me = CurrentUser.require().personId();
        return tokens.readRegister(token).filter(r -> r.personId() == me).map(MailTokens.RegisterLink::eventId);
    }
}
