package org.mscu.referral.linking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Groups referrals into networks: two referrals sharing any identifier are in the same network. */
public final class Clusters {

    /** One referral holding one normalised identifier. */
    public record Occurrence(UUID referralId, IdentifierKind kind, String value) {
    }

    /** A network: its referrals and the kinds of identifier that join them. */
    public record Cluster(Set<UUID> referralIds, Set<IdentifierKind> linkedBy) {
    }

    private Clusters() {
    }

    public static List<Cluster> of(Collection<Occurrence> occurrences, int minSize) {
        Map<UUID, UUID> parent = new HashMap<>();
        Map<String, UUID> firstHolder = new HashMap<>();
        Map<String, Set<UUID>> holders = new HashMap<>();
        for (Occurrence o : occurrences) {
            parent.putIfAbsent(o.referralId(), o.referralId());
            String key = o.kind() + "|" + o.value();
            holders.computeIfAbsent(key, k -> new TreeSet<>()).add(o.referralId());
            UUID first = firstHolder.putIfAbsent(key, o.referralId());
            if (first != null) {
                union(parent, first, o.referralId());
            }
        }
        Map<UUID, Set<UUID>> members = new HashMap<>();
        for (UUID id : parent.keySet()) {
            members.computeIfAbsent(find(parent, id), r -> new TreeSet<>()).add(id);
        }
        Map<UUID, Set<IdentifierKind>> kinds = new HashMap<>();
        for (Occurrence o : occurrences) {
            if (holders.get(o.kind() + "|" + o.value()).size() > 1) {
                kinds.computeIfAbsent(find(parent, o.referralId()), r -> new TreeSet<>()).add(o.kind());
            }
        }
        List<Cluster> result = new ArrayList<>();
        members.forEach((root, ids) -> {
            if (ids.size() >= minSize) {
                result.add(new Cluster(ids, kinds.getOrDefault(root, Set.of())));
            }
        });
        result.sort(Comparator.comparingInt((Cluster c) -> -c.referralIds().size())
                .thenComparing(c -> c.referralIds().iterator().next()));
        return result;
    }

    private static UUID find(Map<UUID, UUID> parent, UUID id) {
        UUID root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        UUID node = id;
        while (!parent.get(node).equals(root)) {
            UUID next = parent.get(node);
            parent.put(node, root);
            node = next;
        }
        return root;
    }

    private static void union(Map<UUID, UUID> parent, UUID a, UUID b) {
        UUID ra = find(parent, a);
        UUID rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
