/**
 * European projects of the network: acronym, programme, dates and status, the partner organisations with their
 * roles (on a map of Europe drawn from bundled data, {@link eu.praxis.project.EuropeMap}), the themes and working
 * groups concerned, the events of their timeline (events carry their project) and their outputs (practices). The
 * secretariat runs them ({@link eu.praxis.project.ProjectAdministration}); every logged-in person reads them
 * ({@link eu.praxis.project.ProjectDirectory}).
 */
@NullMarked
package eu.praxis.project;

import org.jspecify.annotations.NullMarked;
