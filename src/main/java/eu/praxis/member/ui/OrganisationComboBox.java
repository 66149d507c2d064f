package eu.praxis.member.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import eu.praxis.organisation.OrganisationFilter;
import eu.praxis.organisation.OrganisationService;
import eu.praxis.organisation.OrganisationStatus;
import eu.praxis.organisation.OrganisationSummary;
import org.jspecify.annotations.Nullable;

/** Picks an organisation by typing part of its name; loads lazily from the directory. */
final class OrganisationComboBox extends ComboBox<OrganisationSummary> {

    /** @param status only organisations in this status, or {@code null} for all */
    OrganisationComboBox(String label, OrganisationService organisations, @Nullable OrganisationStatus status) {
        super(label);
        setItemLabelGenerator(OrganisationSummary::name);
        setItemsPageable((page, text) -> organisations
                .find(new OrganisationFilter(null, null, status, text), page)
                .getContent());
        setClearButtonVisible(true);
    }
}
