package org.mscu.gateway.openapi;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** {@code GET /openapi}: the merged document, JSON by default, YAML for {@code Accept: application/yaml} or {@code ?format=yaml}. */
@ApplicationScoped
public class OpenApiRoutes {

    private final MergedOpenApi openApi;

    public OpenApiRoutes(MergedOpenApi openApi) {
        this.openApi = openApi;
    }

    void install(@Observes Router router) {
        router.get("/openapi").handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        String accept = ctx.request().getHeader("Accept");
        boolean yaml = "yaml".equalsIgnoreCase(ctx.request().getParam("format"))
                || (accept != null && accept.contains("yaml"));
        ctx.response()
                .putHeader("Content-Type", yaml ? "application/yaml; charset=utf-8" : "application/json")
                .putHeader("Cache-Control", "no-cache")
                .end(yaml ? openApi.yaml() : openApi.json());
    }
}
