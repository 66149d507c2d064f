package eu.praxis.security;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The shared test context runs the demo profile, which requires a second factor of nobody; tests of the required
 * configuration switch it on with {@link #require} (the production rule is the same {@link TwoFactorRequirement}
 * code, only the configured groups change) and switch it back with {@link #reset}.
 */
public class SwitchableTwoFactorRequirement extends TwoFactorRequirement {

    private volatile @Nullable Set<TwoFactorProperties.Who> override;

    public SwitchableTwoFactorRequirement(TwoFactorProperties properties, ObjectProvider<GroupLeads> leads) {
        super(properties, leads);
    }

    /** As with {@code praxis.two-factor.required-for=ADMIN,LEAD}, the default outside the demo. */
    public void requireForAdminsAndLeads() {
        override = Set.of(TwoFactorProperties.Who.ADMIN, TwoFactorProperties.Who.LEAD);
    }

    public void reset() {
        override = null;
    }

    @Override
    protected Set<TwoFactorProperties.Who> requiredFor() {
        var chosen = override;
        return chosen != null ? chosen : super.requiredFor();
    }
}
