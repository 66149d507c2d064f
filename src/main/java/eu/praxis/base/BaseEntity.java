package eu.praxis.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/** An entity whose id the database's identity column gives on insert; see {@link IdentifiedEntity} for equality. */
@MappedSuperclass
public abstract class BaseEntity extends IdentifiedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Override
    public @Nullable Long getId() {
        return id;
    }
}
