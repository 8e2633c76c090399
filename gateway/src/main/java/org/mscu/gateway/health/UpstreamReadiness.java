package org.mscu.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.mscu.gateway.routing.Route;
import org.mscu.gateway.routing.Upstreams;

/**
 * Readiness reports every upstream (its /q/health/ready answer and circuit state). The gateway is
 * ready while at least one upstream answers: one service down is answered with 503 problems for
 * its routes while the others keep working, so the gateway must stay in the load balancer; when
 * no upstream answers at all, this replica reports DOWN.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {

    private final Upstreams upstreams;
    private final WebClient client;

    public UpstreamReadiness(Upstreams upstreams, Vertx vertx) {
        this.upstreams = upstreams;
        this.client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(1000).setMaxPoolSize(4));
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Route> routes = upstreams.routes();
        Map<String, Future<String>> probes = routes.stream()
                .map(route -> route.url().toString()).distinct()
                .collect(Collectors.toMap(Function.identity(), this::probe, (a, b) -> a, LinkedHashMap::new));
        Future<Void> all = Future.join(List.copyOf(probes.values())).<Void>mapEmpty().otherwiseEmpty();
        return Uni.createFrom().completionStage(all.toCompletionStage()).map(ignored -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams");
            boolean anyUp = false;
            for (Route route : routes) {
                String state = probes.get(route.url().toString()).result();
                anyUp |= "UP".equals(state);
                builder.withData(route.name(), state + " (circuit " + upstreams.breaker(route).state() + ")");
            }
            return builder.status(anyUp).build();
        });
    }

    private Future<String> probe(String url) {
        return client.getAbs(url + "/q/health/ready").timeout(1000).send()
                .map(response -> response.statusCode() == 200 ? "UP" : "DOWN")
                .otherwise("UNREACHABLE");
    }
}
