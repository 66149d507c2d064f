package eu.praxis.base.ui;

import com.vaadin.flow.router.RouteParameters;
import eu.praxis.base.NotFoundException;
import java.util.Optional;

/** Ids from addresses, which anyone can type: anything but a plain number is "not found", never an error. */
public final class RouteIds {

    private RouteIds() {}

    /** The id in a route parameter, or {@link NotFoundException} for a missing, non-numeric or oversized one. */
    public static long require(RouteParameters parameters, String name) {
        return parse(parameters.get(name).orElse("")).orElseThrow(NotFoundException::new);
    }

    /** The id in a text such as a query parameter, if it is one. */
    public static Optional<Long> parse(String text) {
        return text.matches("\\d{1,18}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
    }
}
