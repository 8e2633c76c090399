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
import org.mscu.gateway.routing.Instance;
import org.mscu.gateway.routing.Route;
import org.mscu.gateway.routing.Upstreams;

/**
 * Readiness reports every route: its instances' /q/health/ready answers and circuit states. A route
 * is UP while at least one of its instances is. The gateway is ready while at least one route is
 * UP: one service down is answered with 503 problems for its routes while the others keep working,
 * so the gateway must stay in the load balancer; when no upstream answers at all, this replica
 * reports DOWN.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {

    private static final String UP = "UP";

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
                .flatMap(route -> route.instances().stream()).map(Object::toString).distinct()
                .collect(Collectors.toMap(Function.identity(), this::probe, (a, b) -> a, LinkedHashMap::new));
        Future<Void> all = Future.join(List.copyOf(probes.values())).<Void>mapEmpty().otherwiseEmpty();
        return Uni.createFrom().completionStage(all.toCompletionStage()).map(ignored -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams");
            boolean anyUp = false;
            for (Route route : routes) {
                List<Instance> instances = upstreams.pool(route).instances();
                List<String> states = instances.stream().map(instance -> probes.get(instance.url().toString()).result()).toList();
                anyUp |= states.contains(UP);
                builder.withData(route.name(), describe(instances, states));
            }
            return builder.status(anyUp).build();
        });
    }

    /**
     * {@code UP (circuit CLOSED)} for a route of one instance; for several, the route's state (UP when
     * any instance is) and each instance's, e.g. {@code UP (1 of 2 instances up: http://a:8081 UP, circuit
     * CLOSED; http://b:8081 UNREACHABLE, circuit OPEN)}.
     */
    static String describe(List<Instance> instances, List<String> states) {
        if (instances.size() == 1) {
            return states.get(0) + " (circuit " + instances.get(0).breaker().state() + ")";
        }
        long up = states.stream().filter(UP::equals).count();
        String overall = up > 0 ? UP : states.contains("DOWN") ? "DOWN" : "UNREACHABLE";
        StringBuilder text = new StringBuilder(overall).append(" (").append(up).append(" of ").append(instances.size())
                .append(" instances up: ");
        for (int i = 0; i < instances.size(); i++) {
            text.append(i == 0 ? "" : "; ").append(instances.get(i).url()).append(' ').append(states.get(i))
                    .append(", circuit ").append(instances.get(i).breaker().state());
        }
        return text.append(')').toString();
    }

    private Future<String> probe(String url) {
        return client.getAbs(url + "/q/health/ready").timeout(1000).send()
                .map(response -> response.statusCode() == 200 ? UP : "DOWN")
                .otherwise("UNREACHABLE");
    }
}
