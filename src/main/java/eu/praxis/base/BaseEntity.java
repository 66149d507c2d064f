package eu.praxis.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * An entity with a database-generated id, and identity by that id: two instances are equal when both are saved with
 * the same id and are of the same entity class (a Hibernate proxy counts as its entity's class). The hash code is
 * the class's, so that an entity keeps its place in a hash set when it is saved.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** The id; null until saved. */
    public @Nullable Long getId() {
        return id;
    }

    @Override
    public final boolean equals(@Nullable Object o) {
        if (this == o) {
            return true;
        }
        return o instanceof BaseEntity other
                && id != null
                && id.equals(other.id)
                && Hibernate.getClass(this) == Hibernate.getClass(other);
    }

    @Override
    public final int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
