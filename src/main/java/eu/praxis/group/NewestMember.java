package eu.praxis.group;

import eu.praxis.member.PersonSummary;
import java.time.Instant;

/** Someone who recently joined one of the viewer's groups. */
public record NewestMember(PersonSummary person, String groupName, String groupSlug, Instant since) {}
