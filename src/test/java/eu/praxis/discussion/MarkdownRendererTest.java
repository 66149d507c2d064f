package eu.praxis.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Posts are rendered with no executable content whatever their Markdown, and ordinary Markdown
 * still renders. The output is parsed with jsoup, as a browser would, and checked against the
 * allowlist, so an attack that slips through in a form nobody listed still fails the test.
 */
class MarkdownRendererTest {

    static final Set<String> ALLOWED_ELEMENTS = Set.of(
            "#root",
            "html",
            "head",
            "body",
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
            "a");
    static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "rel", "class", "start");
    static final Pattern DANGEROUS_TAG = Pattern.compile(
            "<\\s*/?\\s*(script|iframe|frame|object|embed|svg|math|style|form|base|meta|link|img|input|button|"
                    + "video|audio|source|details|marquee|isindex|textarea|select|applet|xml)\\b",
            Pattern.CASE_INSENSITIVE);
    static final Pattern EVENT_HANDLER = Pattern.compile("<[^>]*\\son\\w+\\s*=", Pattern.CASE_INSENSITIVE);

    final MarkdownRenderer renderer = new MarkdownRenderer();
    final Map<Long, String> people = Map.of(7L, "Anna Lindqvist");

    String render(String markdown) {
        return renderer.toHtml(markdown, people::get);
    }

    static Stream<String> xssVectors() {
        return Stream.of(
                // raw HTML in Markdown
                "<script>alert(1)</script>",
                "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                "<scr<script>ipt>alert(1)</scr</script>ipt>",
                "<script\n>alert(1)</script\n>",
                "<img src=x onerror=alert(1)>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<img src=\"x\" onerror=\"&#97;lert(1)\">",
                "<svg onload=alert(1)>",
                "<svg><script>alert(1)</script></svg>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<iframe src=\"javascript:alert(1)\"></iframe>",
                "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
                "<object data=\"javascript:alert(1)\"></object>",
                "<embed src=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">",
                "<style>body{background:url(javascript:alert(1))}</style>",
                "<div style=\"width: expression(alert(1))\">x</div>",
                "<p style=\"background-image:url(javascript:alert(1))\">x</p>",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
                "<a href=\"jav&#x09;ascript:alert(1)\">x</a>",
                "<a href=\"jav\tascript:alert(1)\">x</a>",
                "<a href=\" \n javascript:alert(1)\">x</a>",
                "<a href=\"vbscript:msgbox(1)\">x</a>",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<a href=\"https://example.org\" onclick=\"alert(1)\">x</a>",
                "<a href=\"https://example.org\" onmouseover=alert(1)>x</a>",
                "<p onclick=\"alert(1)\">click</p>",
                "<strong onmouseover=alert(1)>bold</strong>",
                "<code onfocus=alert(1) tabindex=0>x</code>",
                "<base href=\"javascript:alert(1)//\">",
                "<form action=\"javascript:alert(1)\"><button>go</button></form>",
                "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
                "<link rel=stylesheet href=\"javascript:alert(1)\">",
                "<!--<script>alert(1)</script>-->",
                "<!-- --><script>alert(1)</script><!-- -->",
                "<details open ontoggle=alert(1)>",
                "<input autofocus onfocus=alert(1)>",
                "<body onload=alert(1)>",
                "<video><source onerror=\"alert(1)\"></video>",
                "<marquee onstart=alert(1)>x</marquee>",
                "<div><p><script>alert(1)",
                "<<script>script>alert(1)<</script>/script>",
                "<a href=\"javascript&colon;alert(1)\">x</a>",
                "<xml><x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(1)</x:script></xml>",
                // Markdown links and images
                "[x](javascript:alert(1))",
                "[x](JAVASCRIPT:alert(1))",
                "[x](javascript&#58;alert(1))",
                "[x](&#106;avascript:alert(1))",
                "[x](%6A%61vascript:alert(1))",
                "[x](jav&#x09;ascript:alert(1))",
                "[x](<javascript:alert(1)>)",
                "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "[x](\"javascript:alert(1)\")",
                "[x](https://example.org \"title\" onclick=alert(1))",
                "[x](https://example.org\"onmouseover=\"alert(1))",
                "[x][ref]\n\n[ref]: javascript:alert(1)",
                "![x](javascript:alert(1))",
                "![x](https://example.org/x.png\"onerror=\"alert(1))",
                "![x\" onerror=\"alert(1)](https://example.org/x.png)",
                "<javascript:alert(1)>",
                "<vbscript:msgbox(1)>",
                "<data:text/html,<script>alert(1)</script>>",
                "[<img src=x onerror=alert(1)>](https://example.org)",
                "[x](https://example.org)<script>alert(1)</script>",
                // mentions cannot smuggle anything either
                "@[<script>alert(1)</script>](person:7)",
                "@[x](person:7\" onclick=\"alert(1))",
                "@[<img src=x onerror=alert(1)>](person:999)",
                // code and headings
                "```html\n<script>alert(1)</script>\n```",
                "`<img src=x onerror=alert(1)>`",
                "# <script>alert(1)</script>",
                "> <iframe src=javascript:alert(1)>");
    }

    @Test
    void the_corpus_has_at_least_fifty_vectors() {
        assertThat(xssVectors().count()).isGreaterThanOrEqualTo(50);
    }

    @ParameterizedTest
    @MethodSource("xssVectors")
    void renders_no_executable_content(String markdown) {
        var html = render(markdown);

        assertThat(html).doesNotContainPattern(DANGEROUS_TAG).doesNotContainPattern(EVENT_HANDLER);
        var document = Jsoup.parseBodyFragment(html);
        for (var element : document.getAllElements()) {
            assertThat(ALLOWED_ELEMENTS).as("element in %s", html).contains(element.normalName());
            for (var attribute : element.attributes()) {
                assertThat(ALLOWED_ATTRIBUTES).as("attribute in %s", html).contains(attribute.getKey());
            }
            if (element.hasAttr("href")) {
                assertSafeUrl(element.attr("href"), html);
            }
        }
    }

    /** A scheme, if any, is http, https or mailto, however it is spelled or padded. */
    private static void assertSafeUrl(String href, String html) {
        var squashed = href.replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
        var scheme = Pattern.compile("^([a-z][a-z0-9+.-]*):").matcher(squashed);
        if (scheme.find()) {
            assertThat(scheme.group(1)).as("URL scheme in %s", html).isIn("http", "https", "mailto");
        } else {
            assertThat(squashed).as("relative URL in %s", html).doesNotContain(":");
        }
    }

    @Test
    void ordinary_markdown_renders() {
        var html = render("Some **bold** and *italic* text.\n\n- one\n- two\n\n1. first\n2. second\n\n> quoted\n\n---");

        assertThat(html)
                .contains(
                        "<strong>bold</strong>",
                        "<em>italic</em>",
                        "<ul>",
                        "<li>one</li>",
                        "<ol>",
                        "<blockquote>",
                        "<hr />");
    }

    @Test
    void links_get_rel_nofollow_noopener_noreferrer() {
        var link = Jsoup.parseBodyFragment(render("See [the report](https://efus.example/report) and www.example.org."))
                .select("a");

        assertThat(link).hasSize(2);
        assertThat(link.first().attr("href")).isEqualTo("https://efus.example/report");
        assertThat(link.eachAttr("rel"))
                .allSatisfy(rel -> assertThat(rel.split(" ")).contains("nofollow", "noopener", "noreferrer"));
    }

    @Test
    void code_blocks_are_escaped_text() {
        var document = Jsoup.parseBodyFragment(render("```\n<b>not bold</b> & <script>x</script>\n```"));

        assertThat(document.select("pre > code").text()).isEqualTo("<b>not bold</b> & <script>x</script>");
        assertThat(document.select("b, script")).isEmpty();
    }

    @Test
    void big_headings_become_third_level() {
        var html = render("# Title\n\n## Section\n\n### Part");

        assertThat(html).doesNotContain("<h1", "<h2").contains("<h3>Title</h3>", "<h3>Section</h3>", "<h3>Part</h3>");
    }

    @Test
    void mentions_link_to_the_person_under_their_current_name() {
        var link = Jsoup.parseBodyFragment(render("Thanks @[Someone else](person:7)!"))
                .select("a.mention");

        assertThat(link).hasSize(1);
        assertThat(link.text()).isEqualTo("@Anna Lindqvist");
        assertThat(link.attr("href")).isEqualTo("people/7");
    }

    @Test
    void a_mention_of_an_unknown_person_stays_text() {
        var document = Jsoup.parseBodyFragment(render("Hello @[Ghost](person:999)"));

        assertThat(document.select("a")).isEmpty();
        assertThat(document.text()).isEqualTo("Hello @Ghost");
    }

    @Test
    void mentions_are_found_outside_code_only() {
        assertThat(renderer.mentions("@[A](person:7), @[B](person:12) and @[A again](person:7), `@[C](person:13)`, "
                        + "[no at](person:14), @[bad](person:x)"))
                .containsExactly(7L, 12L);
    }
}
