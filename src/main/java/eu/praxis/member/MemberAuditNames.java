package eu.praxis.member;

import eu.praxis.base.AuditTargetNames;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Names people and membership applications (by the applying organisation) in the audit log. */
@Component
@Transactional(readOnly = true)
class MemberAuditNames implements AuditTargetNames {

    private final PersonRepository people;
    private final MembershipApplicationRepository applications;

    MemberAuditNames(PersonRepository people, MembershipApplicationRepository applications) {
        this.people = people;
        this.applications = applications;
    }

    @Override
    public Set<String> targetTypes() {
        return Set.of(MemberAudit.PERSON, MemberAudit.APPLICATION);
    }

    @Override
    public Map<Long, String> names(String targetType, Collection<Long> ids) {
        if (targetType.equals(MemberAudit.APPLICATION)) {
            return applications.findAllById(ids).stream()
                    .collect(Collectors.toMap(
                            a -> Objects.requireNonNull(a.getId()), MembershipApplication::getOrganisationName));
        }
        return people.findByIdIn(ids).stream().collect(Collectors.toMap(Person::getId, Person::getName));
    }
}
