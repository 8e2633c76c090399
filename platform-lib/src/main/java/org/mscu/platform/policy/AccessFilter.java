package org.mscu.platform.policy;

import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mscu.platform.problem.ProblemException;

/**
 * Enforces {@link Access} before the body is read: 401 without a verified token, 403 when the
 * policy gives the caller's role no rule for the function, and 403 for any method under
 * {@code /api} that nobody annotated (deny by default), with an error log naming it.
 */
public class AccessFilter {

    private static final Logger LOG = Logger.getLogger(AccessFilter.class);

    private final AccessPolicy policy;

    AccessFilter(AccessPolicy policy) {
        this.policy = policy;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null) {
            return;
        }
        Access access = AccessInventory.accessOf(resource.getResourceMethod());
        boolean api = AccessInventory.isApi(request.getUriInfo().getPath());
        if (access == null && !api) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            throw new UnauthorizedException();
        }
        if (access == null) {
            LOG.errorf("Denied %s %s: resource method %s.%s has no @Access annotation (deny by default)",
                    request.getMethod(), request.getUriInfo().getPath(),
                    resource.getResourceClass().getSimpleName(), resource.getResourceMethod().getName());
            throw ProblemException.forbidden("This function is not open to any role");
        }
        if (!policy.admitsFunction(access.resource(), access.action())) {
            throw ProblemException.forbidden("Your role may not use this function");
        }
    }
}
