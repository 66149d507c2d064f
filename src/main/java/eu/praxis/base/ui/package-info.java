/**
 * User-interface pieces shared by every feature's views: toolbar, notifications of results and errors, actions with
 * their error messages, polling, streaming uploads, route ids, times in the viewer's zone, public pages.
 */
@NullMarked
@NamedInterface("ui")
package eu.praxis.base.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
