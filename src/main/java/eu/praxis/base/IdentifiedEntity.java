package eu.praxis.base;

import jakarta.persistence.MappedSuperclass;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * Identity by id: two instances are equal when both are saved with the same id and are of the same entity class (a
 * Hibernate proxy counts as its entity's class). The hash code is the class's, so that an entity keeps its place in a
 * hash set when it is saved. How the id is made is the subclass's: {@link BaseEntity} takes it from an identity
 * column, an entity inserted in batches from a sequence.
 */
@MappedSuperclass
public abstract class IdentifiedEntity {

    /** The id; null until saved. */
    public abstract @Nullable Long getId();

    @Override
    public final boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        var id = getId();
        return o instanceof IdentifiedEntity other
                && id != null
                && id.equals(other.getId())
                && Hibernate.getClass(this) == Hibernate.getClass(other);
    }

    @Override
    public final int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
