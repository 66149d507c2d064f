/** The moderation menu, the reason dialog and the actions other features add to a post. */
@NullMarked
@NamedInterface("ui")
package eu.praxis.content.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
