package org.mscu.platform.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mscu.platform.caller.Caller;

/**
 * The service's access policy, loaded from {@code policy.yaml} and validated at start (a malformed
 * document stops the start), evaluated for the current {@link Caller}. Application services call
 * {@link #authorize} with the relationships that hold between the caller and the record.
 */
@ApplicationScoped
public class AccessPolicy {

    private static final Logger LOG = Logger.getLogger(AccessPolicy.class);

    private final Caller caller;
    private final AccessContext context;
    private final AccessInventory inventory;
    private final ObjectMapper mapper;
    private final String serviceName;
    private volatile PolicyEngine engine;

    AccessPolicy(Caller caller, AccessContext context, AccessInventory inventory, ObjectMapper mapper,
                 @ConfigProperty(name = "mscu.service.name") String serviceName) {
        this.caller = caller;
        this.context = context;
        this.inventory = inventory;
        this.mapper = mapper;
        this.serviceName = serviceName;
    }

    void load(@Observes @Priority(2) StartupEvent event) {
        engine();
        inventory.unannotated().forEach(method -> LOG.errorf(
                "Resource method %s has no @Access annotation: it is denied to everyone", method));
    }

    /**
     * The grant for this record, given the relationships that hold between caller and record
     * ({@code any} always holds): 403 when no rule gives the caller's role the function, 404 (the
     * same answer as a missing record) when rules exist but none for these relationships.
     */
    public Grant authorize(String resource, String action, Set<String> relationships) {
        Grant grant = engine().authorize(caller, resource, action, relationships);
        context.granted(grant);
        return grant;
    }

    public Grant authorize(String resource, String action, String... relationships) {
        return authorize(resource, action, new LinkedHashSet<>(Arrays.asList(relationships)));
    }

    /** Like {@link #authorize} but never throws: for filtering lists. */
    public Optional<Grant> find(String resource, String action, Set<String> relationships) {
        return engine().find(caller, resource, action, relationships);
    }

    public Optional<Grant> find(String resource, String action, String... relationships) {
        return find(resource, action, new LinkedHashSet<>(Arrays.asList(relationships)));
    }

    /** Whether the caller's agency and roles may use this function at all, relationships aside. */
    public boolean permits(String resource, String action) {
        return engine().permits(caller, resource, action);
    }

    /** The loaded, validated document. */
    public PolicyDocument document() {
        return engine().document();
    }

    /** Checks the function for an {@link Access} annotation; false when denied. */
    boolean admitsFunction(String resource, String action) {
        Optional<Grant> grant = engine().functionGrant(caller, resource, action);
        grant.ifPresent(context::granted);
        return grant.isPresent();
    }

    private PolicyEngine engine() {
        PolicyEngine current = engine;
        if (current == null) {
            synchronized (this) {
                if (engine == null) {
                    PolicyDocument document = PolicyLoader.fromClasspath();
                    PolicyValidator.validate(document, serviceName, inventory.points());
                    engine = new PolicyEngine(document, mapper);
                    LOG.infof("Access policy of %s loaded: %d rules, %d deny rules", serviceName,
                            document.rules().size(), document.deny().size());
                }
                current = engine;
            }
        }
        return current;
    }
}
