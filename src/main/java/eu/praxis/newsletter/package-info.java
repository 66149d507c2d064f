/**
 * The network's newsletter. The secretariat prepares an issue from what the network published for everyone since the
 * last one (news, the agenda of the coming weeks, new practices, open calls), edits it, previews it in each member's
 * language, sends itself a test and sends it to every member who has not stopped it ({@link
 * eu.praxis.newsletter.NewsletterOffice}); {@link eu.praxis.newsletter.NewsletterSender} delivers it in batches, resumably;
 * every member reads the sent issues ({@link eu.praxis.newsletter.NewsletterArchive}).
 */
@NullMarked
package eu.praxis.newsletter;

import org.jspecify.annotations.NullMarked;
