package eu.praxis.discussion;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns the Markdown of posts into HTML that is safe to insert into a page, in two independent layers:
 * commonmark escapes any raw HTML in the source and drops links with other schemes than http, https
 * and mailto; then the OWASP sanitizer keeps only an allowlist of text elements (headings become
 * h3, the page already has h1 and h2) and links, forcing {@code rel="nofollow noopener noreferrer"}.
 * Either layer alone would stop the XSS corpus of {@code MarkdownRendererTest}; both are kept so that
 * a bug in one is not a hole.
 *
 * <p>Mentions are written {@code @[Name](person:123)}: the future editor inserts them from a people
 * picker, so they stay unambiguous when two people share a name or a name changes, and they survive
 * copy-paste. They are rendered with the person's current name (looked up by the caller), not the
 * label typed in the source, so nobody can disguise a mention as someone else; a mention of an
 * unknown person stays plain text. Mentions inside code are not mentions.
 *
 * <p>Posts are stored as Markdown and rendered on every read rather than cached as HTML: rendering a
 * page of posts takes well under a millisecond each, and a fix to the sanitising policy or a renamed
 * person then applies to every old post without a data migration.
 */
@Component
public class MarkdownRenderer {

    private static final List<String> URL_SCHEMES = List.of("http", "https", "mailto");
    private static final Pattern PERSON = Pattern.compile("person:(\\d{1,18})");

    private final Parser parser = Parser.builder()
            .extensions(List.of(AutolinkExtension.create()))
            .linkMarker('@')
            .linkProcessor(MarkdownRenderer::mention)
            .build();

    private final HtmlRenderer html = HtmlRenderer.builder()
            .extensions(List.of(AutolinkExtension.create()))
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(URL_SCHEMES))
            .nodeRendererFactory(MentionRenderer::new)
            .build();

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "strong",
                    "em",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "hr",
                    "del",
                    "a")
            .allowElements((name, attributes) -> "h3", "h1", "h2")
            .allowAttributes("start")
            .matching(Pattern.compile("\\d{1,9}"))
            .onElements("ol")
            .allowUrlProtocols(URL_SCHEMES.toArray(String[]::new))
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("class")
            .matching(Pattern.compile("mention"))
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    /**
     * Safe HTML for a post.
     *
     * @param nameOf the current name of a mentioned person, or null if there is no such person
     */
    public String toHtml(String markdown, LongFunction<@Nullable String> nameOf) {
        var document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Mention mention) {
                    mention.name = nameOf.apply(mention.personId);
                }
                visitChildren(node);
            }
        });
        return POLICY.sanitize(html.render(document));
    }

    /** Ids of the people mentioned in a post, in order of first mention. */
    public Set<Long> mentions(String markdown) {
        var ids = new LinkedHashSet<Long>();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomNode node) {
                if (node instanceof Mention mention) {
                    ids.add(mention.personId);
                }
                visitChildren(node);
            }
        });
        return ids;
    }

    /** {@code @[label](person:123)}; every other link, with or without an {@code @}, is an ordinary link. */
    private static LinkResult mention(LinkInfo link, Scanner scanner, InlineParserContext context) {
        var marker = link.marker();
        var destination = link.destination();
        if (marker == null || !"@".equals(marker.getLiteral()) || destination == null) {
            return LinkResult.none();
        }
        var person = PERSON.matcher(destination);
        if (!person.matches()) {
            return LinkResult.none();
        }
        var label = link.text(scanner);
        return LinkResult.replaceWith(
                        new Mention(Long.parseLong(person.group(1)), label == null ? "" : label), scanner.position())
                .includeMarker();
    }

    private static final class Mention extends CustomNode {

        final long personId;
        final String label;

        @Nullable
        String name;

        Mention(long personId, String label) {
            this.personId = personId;
            this.label = label;
        }
    }

    private static final class MentionRenderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        MentionRenderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mention.class);
        }

        @Override
        public void render(Node node) {
            var mention = (Mention) node;
            var writer = context.getWriter();
            if (mention.name == null) {
                writer.text("@" + mention.label);
                return;
            }
            var attributes = new LinkedHashMap<String, String>();
            // relative to the application root (Vaadin's base href), the person's profile page
            attributes.put("href", "people/" + mention.personId);
            attributes.put("class", "mention");
            writer.tag("a", attributes);
            writer.text("@" + mention.name);
            writer.tag("/a");
        }
    }
}
