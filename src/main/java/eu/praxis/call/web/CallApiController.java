package eu.praxis.call.web;

import eu.praxis.base.web.JsonApi;
import eu.praxis.base.web.Permalinks;
import eu.praxis.call.CallBoard;
import eu.praxis.call.CallDetails;
import eu.praxis.call.CallFilter;
import eu.praxis.call.CallKind;
import eu.praxis.call.CallListItem;
import eu.praxis.call.CallPaths;
import eu.praxis.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/calls} and {@code GET /api/v1/calls/{id}}: calls for partners, experts and applications for the
 * research API, through the same service as the directory and the call page, so with the same permissions (a call
 * for chosen groups is for their members). Read-only: answering is done on the page, with a letter.
 */
@RestController
@JsonApi
class CallApiController {

    private final CallBoard calls;
    private final Permalinks permalinks;

    CallApiController(CallBoard calls, Permalinks permalinks) {
        this.calls = calls;
        this.permalinks = permalinks;
    }

    @GetMapping(path = "/api/v1/calls", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The calls the token's owner may see: open ones by nearest deadline, then closed ones",
            description = "An unknown kind or a malformed theme is a 400. Without body, eligibility and themes "
                    + "(see the call itself).")
    List<ApiCall> calls(
            @Parameter(description = "PARTNERS, EXPERTS or APPLICATIONS") @RequestParam(required = false) @Nullable
                    CallKind kind,
            @Parameter(description = "A theme's id") @RequestParam(required = false) @Nullable Long theme) {
        return calls.list(new CallFilter(kind, theme)).stream()
                .map(this::summary)
                .toList();
    }

    @GetMapping(path = "/api/v1/calls/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One call with its text, eligibility and themes",
            description = "404 if it does not exist or the token's owner may not see it.")
    ApiCall call(@PathVariable long id) {
        return full(calls.get(id));
    }

    private ApiCall summary(CallListItem c) {
        return new ApiCall(
                c.id(),
                c.kind().name(),
                c.title(),
                permalinks.of(CallPaths.call(c.id())),
                c.deadline(),
                c.timeZone().getId(),
                c.open(),
                c.projectAcronym(),
                c.myAnswer() == null ? null : c.myAnswer().name(),
                null,
                null,
                null);
    }

    private ApiCall full(CallDetails c) {
        var language = CurrentUser.require().language();
        return new ApiCall(
                c.id(),
                c.kind().name(),
                c.title(),
                permalinks.of(CallPaths.call(c.id())),
                c.deadline(),
                c.timeZone().getId(),
                c.open(),
                c.projectAcronym(),
                c.myAnswer() == null ? null : c.myAnswer().status().name(),
                c.bodyHtml(),
                c.eligibility(),
                c.themes().stream()
                        .map(t -> new ApiCall.Theme(t.id(), t.code(), t.name(language)))
                        .toList());
    }
}
