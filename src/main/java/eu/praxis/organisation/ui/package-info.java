/**
 * Views of the organisations directory and organisation pages. {@link eu.praxis.organisation.ui.OrganisationNavigation}
 * and {@link eu.praxis.organisation.ui.OrganisationPageSection} are the only public types: links for other
 * features, and the extension point through which other features add sections (people, groups, practices)
 * to an organisation's page without this feature depending on them.
 */
@NullMarked
package eu.praxis.organisation.ui;

import org.jspecify.annotations.NullMarked;
