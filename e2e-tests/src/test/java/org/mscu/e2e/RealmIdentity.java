package org.mscu.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mscu.platform.caller.Caller;

/**
 * Every identity the development realm seeds ({@code infra/keycloak/mscu-realm.json}): its people
 * (password grant through {@code mscu-cli}) and its partner systems (client credentials). What an
 * identity is — agency, roles, audiences — is read from a real token Keycloak issues for it, never
 * typed again here.
 */
record RealmIdentity(String login, boolean partnerSystem) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every person and partner system of the realm file, in the file's order. */
    static List<RealmIdentity> all() {
        Path realm = Platform.projectRoot().resolve("infra/keycloak/mscu-realm.json");
        JsonNode users;
        try {
            users = JSON.readTree(realm.toFile()).path("users");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the realm file " + realm, e);
        }
        List<RealmIdentity> identities = new ArrayList<>();
        for (JsonNode user : users) {
            if (user.hasNonNull("serviceAccountClientId")) {
                identities.add(new RealmIdentity(user.get("serviceAccountClientId").asText(), true));
            } else if (user.path("credentials").size() > 0) {
                identities.add(new RealmIdentity(user.get("username").asText(), false));
            }
        }
        return identities;
    }

    /** {@code Bearer <token>} of a fresh (cached) real token. */
    String bearer() {
        if (!partnerSystem) {
            return People.bearer(login);
        }
        Persona persona = Arrays.stream(Persona.values()).filter(p -> p.login().equals(login)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Persona for the realm's partner system " + login));
        return Tokens.bearer(persona);
    }

    /** The caller a service makes of this identity's token (subject, username, agency, roles, client). */
    Caller caller() {
        JsonNode claims = claims();
        Set<String> roles = new LinkedHashSet<>();
        claims.path("realm_access").path("roles").forEach(role -> roles.add(role.asText()));
        return new Caller(claims.path("sub").asText(null), claims.path("preferred_username").asText(null),
                claims.path("agency").asText(null), roles, claims.path("azp").asText(null));
    }

    /** The audiences ({@code aud}) of this identity's tokens. */
    Set<String> audiences() {
        JsonNode aud = claims().path("aud");
        Set<String> audiences = new LinkedHashSet<>();
        if (aud.isArray()) {
            aud.forEach(value -> audiences.add(value.asText()));
        } else if (aud.isTextual()) {
            audiences.add(aud.asText());
        }
        return audiences;
    }

    private JsonNode claims() {
        return ForgedTokens.claims(bearer().substring("Bearer ".length()));
    }

    @Override
    public String toString() {
        return login;
    }
}
