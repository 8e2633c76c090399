package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The NetworkPolicies, read the way the cluster reads them.
 * <p>Structure: a default-deny policy for every pod; no rule without peers, no empty or all-namespaces
 * selector, no address block into any pod, every rule names its ports; every pod is described by a policy
 * of its own.
 * <p>Meaning, evaluated over the pods the manifests create (Deployments, and the pods the operators create
 * for each CloudNativePG Cluster, Keycloak and RabbitmqCluster, with the labels those operators give them):
 * only the gateway reaches a service, and the services whose configuration names it (a
 * {@code <SERVICE>_SERVICE_URL} variable); the gateway is reached only from the ingress controller; each service
 * reaches only its own database (the Cluster its DB_URL names), the broker, Keycloak and the services its
 * configuration names; a database admits only its own clients and its own instances.
 */
public final class NetworkPolicyCheck {

    private static final Pattern DB_HOST = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw[:/]");
    private static final Pattern SERVICE_HOST = Pattern.compile("https?://([a-z0-9-]+)[:/]");
    private static final Set<String> SCRAPER_NAMESPACES = Set.of("monitoring");
    private static final Set<String> INGRESS_NAMESPACES = Set.of("ingress-nginx");
    private static final String DNS_NAMESPACE = "kube-system";

    /** A pod the manifests create, directly or through an operator. */
    public record Pod(String owner, Map<String, String> labels) {
    }

    private NetworkPolicyCheck() {
    }

    public static List<String> check(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> policies = Objects.ofKind(objects, "NetworkPolicy");
        Map<String, Pod> pods = pods(objects);
        problems.addAll(defaultDeny(policies));
        for (JsonNode policy : policies) {
            problems.addAll(structure(policy, pods));
        }
        for (Pod pod : pods.values()) {
            boolean described = policies.stream().anyMatch(p -> !isNamespaceWide(p)
                    && Objects.matches(p.path("spec").path("podSelector"), pod.labels()) && types(p).contains("Ingress"));
            if (!described) {
                problems.add(pod.owner() + ": no NetworkPolicy of its own says who may reach its pods");
            }
        }
        problems.addAll(meaning(objects, policies, pods));
        return problems;
    }

    /** The pods of Deployments, and of the operator-managed resources, with the labels their operators set. */
    public static Map<String, Pod> pods(List<JsonNode> objects) {
        Map<String, Pod> pods = new LinkedHashMap<>();
        for (JsonNode deployment : Objects.ofKind(objects, "Deployment")) {
            pods.put(Repo.id(deployment), new Pod(Repo.id(deployment), Objects.podLabels(deployment)));
        }
        for (JsonNode cluster : Objects.ofKind(objects, "Cluster")) {
            String name = Objects.name(cluster);
            pods.put(Repo.id(cluster), new Pod(Repo.id(cluster), Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance")));
        }
        for (JsonNode keycloak : Objects.ofKind(objects, "Keycloak")) {
            String name = Objects.name(keycloak);
            pods.put(Repo.id(keycloak), new Pod(Repo.id(keycloak), Map.of("app", "keycloak",
                    "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/instance", name)));
        }
        for (JsonNode rabbit : Objects.ofKind(objects, "RabbitmqCluster")) {
            String name = Objects.name(rabbit);
            pods.put(Repo.id(rabbit), new Pod(Repo.id(rabbit), Map.of("app.kubernetes.io/name", name,
                    "app.kubernetes.io/component", "rabbitmq", "app.kubernetes.io/part-of", "rabbitmq")));
        }
        return pods;
    }

    private static Set<String> types(JsonNode policy) {
        Set<String> types = new LinkedHashSet<>();
        policy.path("spec").path("policyTypes").forEach(t -> types.add(t.asText()));
        return types;
    }

    private static boolean isNamespaceWide(JsonNode policy) {
        JsonNode selector = policy.path("spec").path("podSelector");
        return selector.path("matchLabels").isEmpty() && selector.path("matchExpressions").isEmpty();
    }

    private static List<String> defaultDeny(List<JsonNode> policies) {
        boolean found = policies.stream().anyMatch(p -> isNamespaceWide(p)
                && types(p).containsAll(List.of("Ingress", "Egress"))
                && p.path("spec").path("ingress").isEmpty() && p.path("spec").path("egress").isEmpty());
        return found ? List.of() : List.of("no default-deny NetworkPolicy (all pods, Ingress and Egress, no rules)");
    }

    private static List<String> structure(JsonNode policy, Map<String, Pod> pods) {
        List<String> problems = new ArrayList<>();
        String id = Repo.id(policy);
        JsonNode spec = policy.path("spec");
        Set<String> types = types(policy);
        if (types.isEmpty()) {
            problems.add(id + ": declares no policyTypes");
        }
        if (spec.has("ingress") && !types.contains("Ingress")) {
            problems.add(id + ": has ingress rules but no Ingress policy type, so they are ignored");
        }
        if (spec.has("egress") && !types.contains("Egress")) {
            problems.add(id + ": has egress rules but no Egress policy type, so they are ignored");
        }
        boolean selectsApp = pods.values().stream().anyMatch(p -> Objects.isMscuApp(p.labels())
                && Objects.matches(spec.path("podSelector"), p.labels()));
        int index = 0;
        for (JsonNode rule : spec.path("ingress")) {
            String where = id + " ingress[" + index++ + "]";
            if (rule.path("from").isEmpty()) {
                problems.add(where + ": has no `from`, which lets everything in");
            }
            for (JsonNode peer : rule.path("from")) {
                problems.addAll(peer(where, peer));
                if (peer.has("ipBlock")) {
                    problems.add(where + ": admits the address block " + peer.path("ipBlock").path("cidr").asText()
                            + "; name pods or namespaces instead");
                }
            }
            if (rule.path("ports").isEmpty()) {
                problems.add(where + ": names no ports, so it opens every port");
            }
        }
        index = 0;
        for (JsonNode rule : spec.path("egress")) {
            String where = id + " egress[" + index++ + "]";
            if (rule.path("to").isEmpty()) {
                problems.add(where + ": has no `to`, which lets the pods reach everything");
            }
            for (JsonNode peer : rule.path("to")) {
                problems.addAll(peer(where, peer));
                if (peer.has("ipBlock") && selectsApp) {
                    problems.add(where + ": lets MSCU services reach the address block " + peer.path("ipBlock").path("cidr").asText());
                }
            }
            if (rule.path("ports").isEmpty()) {
                problems.add(where + ": names no ports, so it opens every port");
            }
        }
        return problems;
    }

    private static List<String> peer(String where, JsonNode peer) {
        List<String> problems = new ArrayList<>();
        if (peer.isEmpty()) {
            problems.add(where + ": has an empty peer, which matches everything");
        }
        if (peer.has("namespaceSelector") && peer.path("namespaceSelector").path("matchLabels").isEmpty()
                && peer.path("namespaceSelector").path("matchExpressions").isEmpty()) {
            problems.add(where + ": has a peer in every namespace (empty namespaceSelector)");
        }
        if (peer.has("podSelector") && !peer.has("namespaceSelector") && peer.path("podSelector").path("matchLabels").isEmpty()
                && peer.path("podSelector").path("matchExpressions").isEmpty()) {
            problems.add(where + ": has a peer matching every pod of the namespace (empty podSelector)");
        }
        return problems;
    }

    // ----------------------------------------------------------------------------------------------------
    // Meaning

    /** Who may reach a pod (ingress) or whom a pod may reach (egress), by all policies selecting it. */
    record Reach(Set<String> pods, Set<String> namespaces, Set<String> addresses) {
        Reach() {
            this(new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>());
        }
    }

    static Reach reach(List<JsonNode> policies, Map<String, Pod> pods, Pod pod, String direction) {
        String rules = direction.equals("Ingress") ? "ingress" : "egress";
        String peers = direction.equals("Ingress") ? "from" : "to";
        Reach reach = new Reach();
        for (JsonNode policy : policies) {
            if (!types(policy).contains(direction) || !Objects.matches(policy.path("spec").path("podSelector"), pod.labels())) {
                continue;
            }
            for (JsonNode rule : policy.path("spec").path(rules)) {
                boolean everything = rule.path(peers).isEmpty();
                for (JsonNode peer : rule.path(peers)) {
                    everything |= peer.isEmpty();
                }
                if (everything) {
                    // No peers (or an empty one): every pod, every namespace, every address.
                    pods.values().forEach(p -> reach.pods().add(p.owner()));
                    reach.namespaces().add("every namespace");
                    reach.addresses().add("everything");
                    continue;
                }
                for (JsonNode peer : rule.path(peers)) {
                    if (peer.has("ipBlock")) {
                        reach.addresses().add(peer.path("ipBlock").path("cidr").asText());
                    } else if (peer.has("namespaceSelector")) {
                        String namespace = peer.path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText();
                        reach.namespaces().add(namespace.isEmpty() ? "namespaces " + peer.path("namespaceSelector") : namespace);
                    } else {
                        pods.values().stream().filter(p -> Objects.matches(peer.path("podSelector"), p.labels()))
                                .forEach(p -> reach.pods().add(p.owner()));
                    }
                }
            }
        }
        return reach;
    }

    private static List<String> meaning(List<JsonNode> objects, List<JsonNode> policies, Map<String, Pod> pods) {
        List<String> problems = new ArrayList<>();
        String gateway = "Deployment/gateway";
        Set<String> services = new LinkedHashSet<>();
        for (JsonNode deployment : Objects.ofKind(objects, "Deployment")) {
            if ("api".equals(Objects.podLabels(deployment).get("app.kubernetes.io/component"))) {
                services.add(Repo.id(deployment));
            }
        }
        Set<String> keycloak = owners(objects, "Keycloak");
        Set<String> brokers = owners(objects, "RabbitmqCluster");
        Map<String, Set<String>> databaseClients = new LinkedHashMap<>();
        for (JsonNode cluster : Objects.ofKind(objects, "Cluster")) {
            databaseClients.put(Repo.id(cluster), new LinkedHashSet<>(Set.of(Repo.id(cluster))));
        }
        for (JsonNode kc : Objects.ofKind(objects, "Keycloak")) {
            String host = kc.path("spec").path("db").path("host").asText();
            databaseClients.computeIfPresent("Cluster/" + host.replaceFirst("-rw$", ""), (k, v) -> {
                v.add(Repo.id(kc));
                return v;
            });
        }

        for (JsonNode deployment : Objects.ofKind(objects, "Deployment")) {
            String id = Repo.id(deployment);
            Pod pod = pods.get(id);
            Reach in = reach(policies, pods, pod, "Ingress");
            Reach out = reach(policies, pods, pod, "Egress");
            if (services.contains(id)) {
                String database = database(objects, deployment);
                if (database == null) {
                    problems.add(id + ": names no database cluster in DB_URL (jdbc:postgresql://<cluster>-rw:5432/<db>)");
                } else {
                    databaseClients.computeIfAbsent(database, k -> new LinkedHashSet<>()).add(id);
                }
                Set<String> callers = new LinkedHashSet<>(Set.of(gateway));
                callers.addAll(callers(objects, id));
                if (!in.pods().equals(callers)) {
                    problems.add(id + ": must be reachable from " + callers + " alone (the gateway, and the services whose"
                            + " *_SERVICE_URL names it), but is reachable from " + in.pods());
                }
                notOutside(problems, id, "reached from", in, SCRAPER_NAMESPACES);
                Set<String> allowed = new LinkedHashSet<>(keycloak);
                allowed.addAll(brokers);
                Set<String> called = calls(objects, deployment);
                allowed.addAll(called);
                if (!out.pods().containsAll(called)) {
                    problems.add(id + ": cannot reach the services its configuration calls " + called);
                }
                if (database != null) {
                    allowed.add(database);
                    if (!out.pods().contains(database)) {
                        problems.add(id + ": cannot reach its own database " + database);
                    }
                }
                Set<String> extra = new LinkedHashSet<>(out.pods());
                extra.removeAll(allowed);
                if (!extra.isEmpty()) {
                    problems.add(id + ": may reach only its database, the broker, Keycloak and the services it calls, but also reaches "
                            + extra);
                }
                notOutside(problems, id, "reaching", out, Set.of(DNS_NAMESPACE));
            } else if (id.equals(gateway)) {
                if (!in.pods().isEmpty()) {
                    problems.add(id + ": is reached from the ingress controller only, but also from pods " + in.pods());
                }
                if (!in.namespaces().containsAll(INGRESS_NAMESPACES)) {
                    problems.add(id + ": the ingress controller cannot reach it");
                }
                Set<String> outside = new LinkedHashSet<>(SCRAPER_NAMESPACES);
                outside.addAll(INGRESS_NAMESPACES);
                notOutside(problems, id, "reached from", in, outside);
                Set<String> extra = new LinkedHashSet<>(out.pods());
                extra.removeAll(services);
                extra.removeAll(keycloak);
                extra.remove("Deployment/redis");
                if (!extra.isEmpty()) {
                    problems.add(id + ": may reach only the services, Keycloak and Redis, but also reaches " + extra);
                }
                if (!out.pods().containsAll(services)) {
                    problems.add(id + ": cannot reach every service");
                }
                notOutside(problems, id, "reaching", out, Set.of(DNS_NAMESPACE));
            }
        }
        for (var entry : databaseClients.entrySet()) {
            Pod pod = pods.get(entry.getKey());
            if (pod == null) {
                problems.add(entry.getKey() + ": a service's DB_URL names a database cluster that is not part of the manifests");
                continue;
            }
            Reach in = reach(policies, pods, pod, "Ingress");
            Set<String> extra = new LinkedHashSet<>(in.pods());
            extra.removeAll(entry.getValue());
            if (!extra.isEmpty()) {
                problems.add(entry.getKey() + ": admits only its own clients " + entry.getValue() + ", but also " + extra);
            }
            if (!in.addresses().isEmpty()) {
                problems.add(entry.getKey() + ": admits address blocks " + in.addresses());
            }
        }
        return problems;
    }

    private static void notOutside(List<String> problems, String id, String verb, Reach reach, Set<String> namespaces) {
        if (!reach.addresses().isEmpty()) {
            problems.add(id + ": " + verb + " address blocks " + reach.addresses());
        }
        Set<String> extra = new LinkedHashSet<>(reach.namespaces());
        extra.removeAll(namespaces);
        if (!extra.isEmpty()) {
            problems.add(id + ": " + verb + " other namespaces " + extra);
        }
    }

    private static Set<String> owners(List<JsonNode> objects, String kind) {
        Set<String> owners = new LinkedHashSet<>();
        Objects.ofKind(objects, kind).forEach(o -> owners.add(Repo.id(o)));
        return owners;
    }

    /**
     * The services ("Deployment/<name>") a Deployment calls directly: the hosts of its {@code *_SERVICE_URL}
     * variables that are Deployments of the manifests.
     */
    static Set<String> calls(List<JsonNode> objects, JsonNode deployment) {
        Set<String> called = new LinkedHashSet<>();
        for (JsonNode container : Objects.containers(deployment)) {
            Objects.environment(objects, container).forEach((name, value) -> {
                Matcher matcher = SERVICE_HOST.matcher(value);
                if (name.endsWith("_SERVICE_URL") && matcher.find()
                        && Objects.find(objects, "Deployment", matcher.group(1)).isPresent()) {
                    called.add("Deployment/" + matcher.group(1));
                }
            });
        }
        return called;
    }

    /** The services whose configuration calls this one ("Deployment/<name>"), the gateway aside. */
    static Set<String> callers(List<JsonNode> objects, String service) {
        Set<String> callers = new LinkedHashSet<>();
        for (JsonNode deployment : Objects.ofKind(objects, "Deployment")) {
            String id = Repo.id(deployment);
            if (!id.equals("Deployment/gateway") && !id.equals(service) && calls(objects, deployment).contains(service)) {
                callers.add(id);
            }
        }
        return callers;
    }

    /** The CloudNativePG Cluster a Deployment's DB_URL points at ("Cluster/<name>"), or null. */
    static String database(List<JsonNode> objects, JsonNode deployment) {
        for (JsonNode container : Objects.containers(deployment)) {
            String url = Objects.environment(objects, container).getOrDefault("DB_URL", "");
            Matcher matcher = DB_HOST.matcher(url);
            if (matcher.find()) {
                return "Cluster/" + matcher.group(1);
            }
        }
        return null;
    }
}
