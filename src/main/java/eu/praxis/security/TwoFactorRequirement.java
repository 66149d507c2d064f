package eu.praxis.security;

import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Who must sign in with a second factor ({@code praxis.two-factor.required-for}, DD024). */
@Component
public class TwoFactorRequirement {

    private final Set<TwoFactorProperties.Who> requiredFor;
    private final ObjectProvider<GroupLeads> leads;

    protected TwoFactorRequirement(TwoFactorProperties properties, ObjectProvider<GroupLeads> leads) {
        this.requiredFor = properties.requiredFor();
        this.leads = leads;
    }

    public boolean appliesTo(PraxisUser user) {
        var who = requiredFor();
        if (who.contains(TwoFactorProperties.Who.valueOf(user.role().name()))) {
            return true;
        }
        return who.contains(TwoFactorProperties.Who.LEAD)
                && leads.stream().anyMatch(l -> l.leadsAGroup(user.personId()));
    }

    /** The configured groups; tests of the required configuration override it. */
    protected Set<TwoFactorProperties.Who> requiredFor() {
        return requiredFor;
    }
}
