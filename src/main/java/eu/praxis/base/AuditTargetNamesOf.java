package eu.praxis.base;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;

/**
 * The usual {@link AuditTargetNames}: one target type, whose things are loaded by id and named by one property.
 *
 * @param <T> what is loaded: an entity, or a record of it
 */
@Transactional(readOnly = true)
public abstract class AuditTargetNamesOf<T> implements AuditTargetNames {

    private final String targetType;
    private final Function<Collection<Long>, ? extends Collection<T>> load;
    private final Function<T, Long> id;
    private final Function<T, String> name;

    protected AuditTargetNamesOf(
            String targetType,
            Function<Collection<Long>, ? extends Collection<T>> load,
            Function<T, Long> id,
            Function<T, String> name) {
        this.targetType = targetType;
        this.load = load;
        this.id = id;
        this.name = name;
    }

    @Override
    public Set<String> targetTypes() {
        return Set.of(targetType);
    }

    @Override
    public Map<Long, String> names(String type, Collection<Long> ids) {
        return load.apply(ids).stream().collect(Collectors.toMap(id, name));
    }
}
