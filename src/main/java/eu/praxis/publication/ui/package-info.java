/** The library of publications, a publication's page (members' and public) and the secretariat's editor. */
@NullMarked
package eu.praxis.publication.ui;

import org.jspecify.annotations.NullMarked;
