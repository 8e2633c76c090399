package org.mscu.deploy;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every Deployment must have: startup, liveness and readiness probes on declared ports; resource
 * requests and limits; the restricted security context (non-root, read-only root filesystem with a
 * writable /tmp, no privilege escalation, all capabilities dropped, RuntimeDefault seccomp); its own
 * ServiceAccount without an automounted token; a pinned image. MSCU services and the gateway also need a
 * Service, a HorizontalPodAutoscaler and a PodDisruptionBudget; selectors must select what they mean to.
 */
public final class WorkloadCheck {

    private WorkloadCheck() {
    }

    public static List<String> check(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        for (JsonNode deployment : Objects.ofKind(objects, "Deployment")) {
            problems.addAll(checkDeployment(objects, deployment));
        }
        problems.addAll(checkSelectors(objects));
        return problems;
    }

    private static List<String> checkDeployment(List<JsonNode> objects, JsonNode deployment) {
        List<String> problems = new ArrayList<>();
        String id = Repo.id(deployment);
        JsonNode spec = deployment.path("spec");
        JsonNode pod = spec.path("template").path("spec");
        Map<String, String> podLabels = Objects.podLabels(deployment);

        if (!Objects.matches(spec.path("selector"), podLabels) || spec.path("selector").path("matchLabels").isEmpty()) {
            problems.add(id + ": spec.selector does not select the pod template's labels");
        }
        // Pod security context
        JsonNode podSecurity = pod.path("securityContext");
        if (!podSecurity.path("runAsNonRoot").asBoolean(false)) {
            problems.add(id + ": pod securityContext.runAsNonRoot must be true");
        }
        if (podSecurity.has("runAsUser") && podSecurity.path("runAsUser").asInt() == 0) {
            problems.add(id + ": pod securityContext.runAsUser must not be 0 (root)");
        }
        if (!"RuntimeDefault".equals(podSecurity.path("seccompProfile").path("type").asText())) {
            problems.add(id + ": pod securityContext.seccompProfile.type must be RuntimeDefault");
        }
        if (pod.path("hostNetwork").asBoolean(false) || pod.path("hostPID").asBoolean(false) || pod.path("hostIPC").asBoolean(false)) {
            problems.add(id + ": must not share the host's network, PID or IPC namespace");
        }
        // Service account
        String account = pod.path("serviceAccountName").asText();
        if (account.isEmpty() || account.equals("default")) {
            problems.add(id + ": needs its own serviceAccountName");
        } else if (Objects.find(objects, "ServiceAccount", account).isEmpty()) {
            problems.add(id + ": ServiceAccount " + account + " is not part of the manifests");
        }
        if (pod.path("automountServiceAccountToken").asBoolean(true)) {
            problems.add(id + ": automountServiceAccountToken must be false (no workload here talks to the API)");
        }
        Set<String> volumes = new HashSet<>();
        Set<String> emptyDirs = new HashSet<>();
        for (JsonNode volume : pod.path("volumes")) {
            volumes.add(volume.path("name").asText());
            if (volume.has("emptyDir")) {
                emptyDirs.add(volume.path("name").asText());
            }
        }
        List<JsonNode> containers = Objects.containers(deployment);
        if (containers.isEmpty()) {
            problems.add(id + ": has no containers");
        }
        for (JsonNode container : containers) {
            problems.addAll(checkContainer(id + " container " + container.path("name").asText(), container, volumes, emptyDirs));
        }
        if (Objects.isMscuApp(podLabels)) {
            String name = Objects.name(deployment);
            boolean hpa = Objects.ofKind(objects, "HorizontalPodAutoscaler").stream().anyMatch(h ->
                    h.path("spec").path("scaleTargetRef").path("kind").asText().equals("Deployment")
                            && h.path("spec").path("scaleTargetRef").path("name").asText().equals(name));
            if (!hpa) {
                problems.add(id + ": no HorizontalPodAutoscaler scales it");
            } else if (spec.has("replicas")) {
                problems.add(id + ": sets replicas although an HPA owns the count (every apply would reset it)");
            }
            boolean pdb = Objects.ofKind(objects, "PodDisruptionBudget").stream().anyMatch(p ->
                    Objects.matches(p.path("spec").path("selector"), podLabels));
            if (!pdb) {
                problems.add(id + ": no PodDisruptionBudget covers its pods");
            }
            boolean service = Objects.ofKind(objects, "Service").stream().anyMatch(s ->
                    !s.path("spec").path("selector").isEmpty() && selects(s.path("spec").path("selector"), podLabels));
            if (!service) {
                problems.add(id + ": no Service selects its pods");
            }
        }
        return problems;
    }

    private static List<String> checkContainer(String id, JsonNode container, Set<String> volumes, Set<String> emptyDirs) {
        List<String> problems = new ArrayList<>();
        String image = container.path("image").asText();
        if (image.isEmpty() || !(image.contains("@sha256:") || image.substring(image.lastIndexOf('/') + 1).contains(":"))
                || image.endsWith(":latest")) {
            problems.add(id + ": image must be pinned to a tag or digest other than latest (" + image + ")");
        }
        Set<String> portNames = new HashSet<>();
        Set<Integer> portNumbers = new HashSet<>();
        for (JsonNode port : container.path("ports")) {
            portNames.add(port.path("name").asText());
            portNumbers.add(port.path("containerPort").asInt());
        }
        for (String probeName : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode probe = container.path(probeName);
            if (probe.isMissingNode() || probe.isNull() || probe.isEmpty()) {
                problems.add(id + ": has no " + probeName);
                continue;
            }
            JsonNode handler = probe.has("httpGet") ? probe.path("httpGet") : probe.has("tcpSocket") ? probe.path("tcpSocket") : null;
            if (handler == null && !probe.has("exec") && !probe.has("grpc")) {
                problems.add(id + ": " + probeName + " has no handler (httpGet, tcpSocket, exec or grpc)");
            }
            if (handler != null) {
                JsonNode port = handler.path("port");
                boolean declared = port.isInt() ? portNumbers.contains(port.asInt()) : portNames.contains(port.asText());
                if (!declared) {
                    problems.add(id + ": " + probeName + " probes port " + port.asText() + ", which the container does not declare");
                }
            }
        }
        JsonNode resources = container.path("resources");
        for (String quantity : List.of("requests.cpu", "requests.memory", "limits.memory")) {
            String[] parts = quantity.split("\\.");
            if (resources.path(parts[0]).path(parts[1]).asText().isEmpty()) {
                problems.add(id + ": resources." + quantity + " is not set");
            }
        }
        JsonNode security = container.path("securityContext");
        if (security.path("allowPrivilegeEscalation").asBoolean(true)) {
            problems.add(id + ": securityContext.allowPrivilegeEscalation must be false");
        }
        if (security.path("privileged").asBoolean(false)) {
            problems.add(id + ": must not be privileged");
        }
        if (!security.path("readOnlyRootFilesystem").asBoolean(false)) {
            problems.add(id + ": securityContext.readOnlyRootFilesystem must be true");
        }
        boolean dropsAll = false;
        for (JsonNode capability : security.path("capabilities").path("drop")) {
            dropsAll |= capability.asText().equals("ALL");
        }
        if (!dropsAll) {
            problems.add(id + ": securityContext.capabilities.drop must contain ALL");
        }
        if (!security.path("capabilities").path("add").isEmpty()) {
            problems.add(id + ": must not add capabilities");
        }
        if (security.has("runAsUser") && security.path("runAsUser").asInt() == 0) {
            problems.add(id + ": securityContext.runAsUser must not be 0 (root)");
        }
        boolean tmp = false;
        for (JsonNode mount : container.path("volumeMounts")) {
            if (!volumes.contains(mount.path("name").asText())) {
                problems.add(id + ": mounts volume " + mount.path("name").asText() + ", which the pod does not define");
            }
            tmp |= mount.path("mountPath").asText().equals("/tmp") && emptyDirs.contains(mount.path("name").asText());
        }
        if (!tmp) {
            problems.add(id + ": a read-only root filesystem needs an emptyDir mounted at /tmp");
        }
        return problems;
    }

    private static List<String> checkSelectors(List<JsonNode> objects) {
        List<String> problems = new ArrayList<>();
        List<Map<String, String>> pods = Objects.ofKind(objects, "Deployment").stream().map(Objects::podLabels).toList();
        for (JsonNode service : Objects.ofKind(objects, "Service")) {
            JsonNode selector = service.path("spec").path("selector");
            if (selector.isEmpty()) {
                problems.add(Repo.id(service) + ": has no selector");
            } else if (pods.stream().noneMatch(p -> selects(selector, p))) {
                problems.add(Repo.id(service) + ": selects no Deployment's pods");
            } else {
                JsonNode deployment = Objects.ofKind(objects, "Deployment").stream()
                        .filter(d -> selects(selector, Objects.podLabels(d))).findFirst().orElseThrow();
                Set<String> names = new HashSet<>();
                Set<Integer> numbers = new HashSet<>();
                Objects.containers(deployment).forEach(c -> c.path("ports").forEach(p -> {
                    names.add(p.path("name").asText());
                    numbers.add(p.path("containerPort").asInt());
                }));
                for (JsonNode port : service.path("spec").path("ports")) {
                    JsonNode target = port.has("targetPort") ? port.path("targetPort") : port.path("port");
                    if (target.isInt() ? !numbers.contains(target.asInt()) : !names.contains(target.asText())) {
                        problems.add(Repo.id(service) + ": targetPort " + target.asText() + " is not a port of its pods");
                    }
                }
            }
        }
        for (JsonNode pdb : Objects.ofKind(objects, "PodDisruptionBudget")) {
            if (pods.stream().noneMatch(p -> Objects.matches(pdb.path("spec").path("selector"), p))) {
                problems.add(Repo.id(pdb) + ": selects no Deployment's pods");
            }
        }
        for (JsonNode hpa : Objects.ofKind(objects, "HorizontalPodAutoscaler")) {
            JsonNode target = hpa.path("spec").path("scaleTargetRef");
            if (Objects.find(objects, target.path("kind").asText(), target.path("name").asText()).isEmpty()) {
                problems.add(Repo.id(hpa) + ": scales " + target.path("kind").asText() + "/" + target.path("name").asText()
                        + ", which is not part of the manifests");
            }
            if (hpa.path("spec").path("minReplicas").asInt(1) > hpa.path("spec").path("maxReplicas").asInt()) {
                problems.add(Repo.id(hpa) + ": minReplicas exceeds maxReplicas");
            }
        }
        for (JsonNode ingress : Objects.ofKind(objects, "Ingress")) {
            if (ingress.path("spec").path("tls").isEmpty()) {
                problems.add(Repo.id(ingress) + ": serves no TLS");
            }
            ingress.path("spec").path("rules").forEach(rule -> rule.path("http").path("paths").forEach(path -> {
                String backend = path.path("backend").path("service").path("name").asText();
                if (Objects.find(objects, "Service", backend).isEmpty()) {
                    problems.add(Repo.id(ingress) + ": routes to Service " + backend + ", which is not part of the manifests");
                } else if (!backend.equals("gateway")) {
                    problems.add(Repo.id(ingress) + ": routes to " + backend + ": only the gateway is exposed");
                }
            }));
        }
        return problems;
    }

    /** A Service selector (a plain label map) selects pods carrying all its labels. */
    static boolean selects(JsonNode serviceSelector, Map<String, String> podLabels) {
        var iterator = serviceSelector.fields();
        while (iterator.hasNext()) {
            var entry = iterator.next();
            if (!entry.getValue().asText().equals(podLabels.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
