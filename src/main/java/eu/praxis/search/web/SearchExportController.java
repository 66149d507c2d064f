package eu.praxis.search.web;

import eu.praxis.search.SearchParameters;
import eu.praxis.search.web.HitExport.Format;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /search/export.csv} and {@code /search/export.json} with the search views' parameters
 * ({@link SearchParameters}): every hit of that search, as a download, for the logged-in person (the search
 * service filters by what they may see). Visitors are sent to the login page by the security chain.
 */
@Controller
class SearchExportController {

    static final String CSV_PATH = "/search/export.csv";
    static final String JSON_PATH = "/search/export.json";

    private final HitExport export;

    SearchExportController(HitExport export) {
        this.export = export;
    }

    @GetMapping(CSV_PATH)
    void csv(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
        export.write(Format.CSV, SearchParameters.parse(parameters), response);
    }

    @GetMapping(JSON_PATH)
    void json(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) throws IOException {
        export.write(Format.JSON, SearchParameters.parse(parameters), response);
    }
}
