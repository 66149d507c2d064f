/** The news page, an item's page, the writers' editor, and the news sections of the home and group pages. */
@NullMarked
package eu.praxis.news.ui;

import org.jspecify.annotations.NullMarked;
