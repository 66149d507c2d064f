package eu.praxis.search.web;

import eu.praxis.base.web.Permalinks;
import eu.praxis.security.MembersOnlyPaths;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opens the export and the API documentation to logged-in people (session login), and describes the API
 * for springdoc: bearer tokens, the public address. springdoc documents only {@code /api/v1/**}
 * ({@code springdoc.paths-to-match}); its Swagger UI lives under {@code /api/docs}.
 */
@Configuration(proxyBeanMethods = false)
class SearchWebConfiguration {

    static final String BEARER = "token";

    @Bean
    MembersOnlyPaths searchExports() {
        return new MembersOnlyPaths(List.of(SearchExportController.CSV_PATH, SearchExportController.JSON_PATH));
    }

    /**
     * The document and the Swagger UI (its page, assets and configuration). Listed as members-only paths, they
     * are also left out of the token-only API chain.
     */
    @Bean
    MembersOnlyPaths apiDocumentation(
            @Value("${springdoc.api-docs.path}") String document, @Value("${springdoc.swagger-ui.path}") String ui) {
        return new MembersOnlyPaths(List.of(document, document + "/**", ui, ui + "/**", "/api/swagger-ui/**"));
    }

    @Bean
    OpenAPI researchApi(Permalinks permalinks) {
        return new OpenAPI()
                .info(new Info().title("Praxis research API").version("v1").description("""
                        Read-only access to the practice library for members and accredited researchers, \
                        with the rights of the token's owner. Create a personal token on your profile page \
                        and send it as `Authorization: Bearer praxis_…`. Each token may make 60 requests a \
                        minute with bursts of 20 (HTTP 429 with `Retry-After` beyond). Errors are RFC 9457 \
                        problem details."""))
                .servers(List.of(new Server().url(permalinks.base())))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("praxis_…")
                                        .description("A personal API token from your profile page")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
