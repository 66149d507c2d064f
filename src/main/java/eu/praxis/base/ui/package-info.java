/** User-interface pieces shared by every feature's views: toolbar, notifications of results and errors. */
@NullMarked
@NamedInterface("ui")
package eu.praxis.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
