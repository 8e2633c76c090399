package org.mscu.platform.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Query and path parameters, checked before routing so no resource method sees them. */
public class NulParameterFilter {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuseNulInParameters(ContainerRequestContext request) {
        var uri = request.getUriInfo();
        if (NulCharacters.contains(uri.getPath(true))) {
            return Optional.of(refusal("path", uri.getRequestUri().getRawPath()));
        }
        for (var parameter : uri.getQueryParameters(true).entrySet()) {
            if (parameter.getValue().stream().anyMatch(NulCharacters::contains)) {
                return Optional.of(refusal(parameter.getKey(), uri.getRequestUri().getRawPath()));
            }
        }
        return Optional.empty();
    }

    private static Response refusal(String name, String path) {
        return ProblemResponses.of(400, ProblemMappers.VALIDATION_FAILED, "Request is invalid",
                name + " " + NulCharacters.MESSAGE, path, List.of(new Problem.FieldError(name, NulCharacters.MESSAGE)));
    }
}

