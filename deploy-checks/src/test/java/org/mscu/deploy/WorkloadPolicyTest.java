package org.mscu.deploy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Probes, resources, restricted security contexts, service accounts, HPAs, PDBs and selectors in every render. */
class WorkloadPolicyTest {

    static final List<String> TARGETS = Kustomize.TARGETS;

    @ParameterizedTest
    @FieldSource("TARGETS")
    void everyWorkloadIsProbedBoundedAndRestricted(String target) {
        assertEquals(List.of(), WorkloadCheck.check(Kustomize.render(target)), "k8s/" + target);
    }
}
