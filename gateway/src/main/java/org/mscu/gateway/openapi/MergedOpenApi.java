package org.mscu.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mscu.gateway.GatewayConfig;
import org.mscu.gateway.routing.Route;
import org.mscu.gateway.routing.Upstreams;

/**
 * Fetches every upstream's {@code /q/openapi?format=json} at start and every {@code openapi.refresh},
 * keeps the last good document of each (an upstream that is down keeps its previous document, or
 * is left out until it answers) and holds the merged result.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    private final Vertx vertx;
    private final Upstreams upstreams;
    private final GatewayConfig config;
    private final OpenApiMerger merger;
    private final GatewayContract contract;
    private final ObjectMapper json = new ObjectMapper();
    // Every string value quoted: unquoted, YAML readers take 2026-11-30 for a date and "2" or "+44…" for numbers.
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    private final Map<String, JsonNode> lastGood = new ConcurrentHashMap<>();
    private volatile ObjectNode merged;
    private WebClient client;
    private long timerId = -1;

    public MergedOpenApi(Vertx vertx, Upstreams upstreams, GatewayConfig config,
                         @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length") int maxLineLength,
                         @ConfigProperty(name = "quarkus.http.limits.max-header-size") MemorySize maxHeaderSize) {
        this.vertx = vertx;
        this.upstreams = upstreams;
        this.config = config;
        this.merger = new OpenApiMerger(config.openapi().title(), config.openapi().version(), config.jwt().issuer());
        this.contract = new GatewayContract(maxLineLength, (int) maxHeaderSize.asLongValue(), config.limits().maxBodyBytes());
        this.merged = merge(List.of());
    }

    private ObjectNode merge(List<OpenApiMerger.Source> sources) {
        ObjectNode document = merger.merge(sources);
        contract.applyTo(document);
        return document;
    }

    void start(@Observes StartupEvent event) {
        client = WebClient.create(vertx, new WebClientOptions().setConnectTimeout(2000).setMaxPoolSize(4));
        refresh();
        timerId = vertx.setPeriodic(config.openapi().refresh().toMillis(), id -> refresh());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    public String json() {
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(merged);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String yaml() {
        try {
            return yaml.writeValueAsString(merged);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fetches all documents again and re-merges once every fetch has ended. */
    public Future<Void> refresh() {
        Map<String, String> services = services();
        List<Future<Void>> fetches = new ArrayList<>();
        services.forEach((url, service) -> fetches.add(fetch(url, service)));
        return Future.join(fetches).<Void>mapEmpty().otherwiseEmpty().onComplete(done -> {
            List<OpenApiMerger.Source> sources = new ArrayList<>();
            services.forEach((url, service) -> {
                JsonNode document = lastGood.get(url);
                if (document != null) {
                    sources.add(new OpenApiMerger.Source(service, document));
                }
            });
            merged = merge(sources);
        });
    }

    /**
     * Upstream (its instance URLs, comma-separated) to the service name it is merged under: one document
     * per upstream, named after the route with the most prefixes there (referral, not notifications,
     * which it also serves for now).
     */
    private Map<String, String> services() {
        Map<String, Route> main = new LinkedHashMap<>();
        for (Route route : upstreams.routes()) {
            if (route.openapi()) {
                main.merge(route.instances().stream().map(Object::toString).collect(Collectors.joining(",")), route,
                        (kept, other) -> other.prefixes().size() > kept.prefixes().size() ? other : kept);
            }
        }
        Map<String, String> services = new LinkedHashMap<>();
        main.forEach((url, route) -> services.put(url, route.name()));
        return services;
    }

    /** The document of the first instance that gives one (the instances of an upstream serve the same). */
    private Future<Void> fetch(String url, String service) {
        List<String> instances = List.of(url.split(","));
        Future<Buffer> document = fetchDocument(instances.get(0));
        for (String next : instances.subList(1, instances.size())) {
            document = document.recover(error -> fetchDocument(next));
        }
        return document
                .map(body -> {
                    try {
                        lastGood.put(url, json.readTree(body.getBytes()));
                    } catch (Exception e) {
                        throw new IllegalStateException("not JSON", e);
                    }
                    return (Void) null;
                })
                .onFailure(error -> LOG.debugf("OpenAPI of %s not fetched (%s); %s", service, error.getMessage(),
                        lastGood.containsKey(url) ? "keeping the last one" : "left out for now"));
    }

    private Future<Buffer> fetchDocument(String instance) {
        return client.getAbs(instance + "/q/openapi?format=json").putHeader("Accept", "application/json").timeout(5000).send()
                .compose(response -> response.statusCode() == 200 && response.body() != null
                        ? Future.succeededFuture(response.body())
                        : Future.failedFuture("answered " + response.statusCode()));
    }
}
