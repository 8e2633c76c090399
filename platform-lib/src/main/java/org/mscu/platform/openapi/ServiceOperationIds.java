package org.mscu.platform.openapi;

import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Every service serves the library's audit endpoints; their operation ids get the service's name in
 * front ({@code referralsAuditEntries}) so that ids stay unique in the gateway's merged document,
 * from which the frontend team generates clients.
 */
public class ServiceOperationIds implements OASFilter {

    private static final Set<String> SHARED_OPERATIONS = Set.of("auditEntries", "verifyAuditChain");

    private final String service = ConfigProvider.getConfig()
            .getOptionalValue("mscu.service.name", String.class).orElse("");

    @Override
    public Operation filterOperation(Operation operation) {
        String id = operation.getOperationId();
        if (id != null && SHARED_OPERATIONS.contains(id) && !service.isEmpty()) {
            operation.setOperationId(service + Character.toUpperCase(id.charAt(0)) + id.substring(1));
        }
        return operation;
    }
}
