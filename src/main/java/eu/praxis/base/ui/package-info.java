/** User-interface pieces shared by every feature's views: toolbar, notifications of results and errors. */
@NullMarked
package eu.praxis.base.ui;

import org.jspecify.annotations.NullMarked;
