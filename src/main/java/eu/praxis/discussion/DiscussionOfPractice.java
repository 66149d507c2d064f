package eu.praxis.discussion;

import eu.praxis.member.PersonSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A practice's discussion as its page shows it to the viewer.
 *
 * @param thread null while nobody has replied
 * @param mayReply whether the viewer may reply (the thread may still be locked: {@link ThreadDetails#locked})
 * @param mentionable people to offer for a mention, when the viewer may reply ({@link DiscussionReading#mentionable})
 */
public record DiscussionOfPractice(@Nullable ThreadDetails thread, boolean mayReply, List<PersonSummary> mentionable) {}
