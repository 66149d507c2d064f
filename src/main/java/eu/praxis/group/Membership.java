package eu.praxis.group;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person in a working group: member or lead, pending (asked to join) or active. */
@Entity
@Table(name = "group_membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private int version;

    @Column(name = "group_id", nullable = false)
    private long groupId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private MembershipRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MembershipStatus status;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "since")
    private @Nullable Instant since;

    protected Membership() {
        this(0, 0, Instant.EPOCH);
    }

    /** A request to join, waiting for a lead. */
    Membership(long groupId, long personId, Instant now) {
        this.groupId = groupId;
        this.personId = personId;
        this.role = MembershipRole.MEMBER;
        this.status = MembershipStatus.PENDING;
        this.requestedAt = now;
    }

    static Membership active(long groupId, long personId, Instant now) {
        var membership = new Membership(groupId, personId, now);
        membership.admit(now);
        return membership;
    }

    /** What the request read of memberships is stale now ({@link RequestMemberships}). */
    @PostPersist
    @PostUpdate
    @PostRemove
    void written() {
        RequestMemberships.forget();
    }

    void admit(Instant now) {
        if (status == MembershipStatus.ACTIVE) {
            throw new eu.praxis.base.UserFacingException("group.error.already-member");
        }
        status = MembershipStatus.ACTIVE;
        since = now;
    }

    void makeLead(Instant now) {
        if (status == MembershipStatus.PENDING) {
            admit(now);
        }
        role = MembershipRole.LEAD;
    }

    void makeMember() {
        role = MembershipRole.MEMBER;
    }

    public long getGroupId() {
        return groupId;
    }

    public long getPersonId() {
        return personId;
    }

    public MembershipRole getRole() {
        return role;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == MembershipStatus.ACTIVE;
    }

    public boolean isLead() {
        return isActive() && role == MembershipRole.LEAD;
    }

    public @Nullable Instant getSince() {
        return since;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }
}
