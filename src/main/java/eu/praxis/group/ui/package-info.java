/**
 * Views of working groups: the home page (my groups, groups I may join, newest members), the list
 * of groups, a group's page with its leads and members, and the secretariat's group administration.
 * {@link eu.praxis.group.ui.GroupNavigation}, {@link eu.praxis.group.ui.GroupPageSection} and
 * {@link eu.praxis.group.ui.HomePageSection} (through which other features add sections to a group's page and to the
 * home page) are the public entries.
 */
@NullMarked
package eu.praxis.group.ui;

import org.jspecify.annotations.NullMarked;
