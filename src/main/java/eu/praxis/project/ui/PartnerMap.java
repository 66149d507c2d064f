package eu.praxis.project.ui;

import com.vaadin.flow.component.Html;
import eu.praxis.project.EuropeMap;
import eu.praxis.project.PartnerItem;
import eu.praxis.project.PartnerRole;
import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The partner cities on the bundled map of Europe: one dot per partner whose city the gazetteer knows (the lead
 * larger), named in a tooltip; the list beside the map names them all. Names are escaped: they are typed by people.
 */
final class PartnerMap {

    private PartnerMap() {}

    static Html of(String label, List<PartnerItem> partners) {
        // inside a div: the browser parses the div's inner HTML, which puts the svg and its children in the SVG
        // namespace (an svg element made directly by the Html component would be an unknown HTML element)
        var svg = new StringBuilder("<div class=\"partner-map-frame\">");
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"partner-map\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">",
                EuropeMap.WIDTH,
                EuropeMap.HEIGHT,
                HtmlUtils.htmlEscape(label)));
        svg.append(String.format(
                Locale.ROOT,
                "<image href=\"%s\" width=\"%d\" height=\"%d\"/>",
                EuropeMap.BASE_MAP,
                EuropeMap.WIDTH,
                EuropeMap.HEIGHT));
        // the lead last, so that it is drawn on top of partners nearby
        var inOrder = partners.stream()
                .sorted(java.util.Comparator.comparing(p -> p.role() == PartnerRole.LEAD))
                .toList();
        for (var partner : inOrder) {
            var point = partner.point();
            if (point == null) {
                continue;
            }
            var lead = partner.role() == PartnerRole.LEAD;
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle class=\"partner-dot%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%d\"><title>%s</title></circle>",
                    lead ? " partner-dot-lead" : "",
                    point.x(),
                    point.y(),
                    lead ? 6 : 4,
                    HtmlUtils.htmlEscape(
                            partner.name() + (partner.city() == null ? "" : " (" + partner.city() + ")"))));
        }
        svg.append("</svg></div>");
        return new Html(svg.toString());
    }
}
