package org.mscu.platform.caller;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Builds the {@link Caller} of the current request from its verified token. */
public class CallerProducer {

    private final JsonWebToken token;

    CallerProducer(JsonWebToken token) {
        this.token = token;
    }

    @Produces
    @RequestScoped
    Caller caller() {
        if (token == null || token.getRawToken() == null) {
            return new Caller(null, null, null, Set.of(), null);
        }
        return new Caller(
                token.getSubject(),
                claim("preferred_username"),
                claim("agency"),
                token.getGroups(),
                claim("azp"));
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        if (value == null) {
            return null;
        }
        if (value instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        if (value instanceof Map<?, ?>) {
            return null;
        }
        return value.toString();
    }
}
