package eu.praxis.notification;

import eu.praxis.base.NotFoundException;
import eu.praxis.member.MemberAccounts;
import eu.praxis.security.PraxisUser;
import eu.praxis.security.Role;
import eu.praxis.security.RunAs;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Asks other features' services, from background work, what a person (or the system) may read. Each
 * question runs outside the caller's transaction: a service that answers "not found" throws, which would
 * otherwise mark the listener's whole transaction for rollback.
 */
@Component
class OnBehalf {

    /** The system: the secretariat's rights, to read what an event is about before asking as each recipient. */
    private static final long SYSTEM = 0;

    private final MemberAccounts accounts;
    private final TransactionTemplate outsideTransaction;

    OnBehalf(MemberAccounts accounts, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.outsideTransaction = new TransactionTemplate(transactions);
        this.outsideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
    }

    /** The people who may log in, as they would be logged in; disabled and suspended accounts are left out. */
    Map<Long, PraxisUser> activeAccounts(Collection<Long> personIds) {
        var all = asSystem(() -> accounts.accountsOf(personIds));
        return all.entrySet().stream().filter(e -> e.getValue().isEnabled() && e.getValue().isAccountNonLocked())
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** What the person gets from the service call; empty if it answers "not found" or "denied". */
    <T> Optional<T> read(PraxisUser person, Supplier<T> call) {
        return outsideTransaction.execute(status -> {
            try {
                return Optional.of(RunAs.as(person, call));
            } catch (NotFoundException | AccessDeniedException e) {
                return Optional.empty();
            }
        });
    }

    /** {@link #read} with the system's (the secretariat's) rights. */
    <T> Optional<T> readAsSystem(Supplier<T> call) {
        return outsideTransaction.execute(status -> {
            try {
                return Optional.of(asSystem(call));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    static <T> T asSystem(Supplier<T> call) {
        return RunAs.person(SYSTEM, Role.ADMIN, call);
    }
}
