package org.mscu.platform.caller;

import java.util.Set;

/**
 * Who is calling, taken only from the verified access token: never from a body or another header.
 *
 * @param subject  the token's {@code sub}
 * @param username {@code preferred_username}; for a partner system, its service-account name
 * @param agency   the partner agency ({@code agency} claim), e.g. {@code gmp}
 * @param roles    realm roles ({@code realm_access.roles})
 * @param clientId the OAuth client that obtained the token ({@code azp})
 */
public record Caller(String subject, String username, String agency, Set<String> roles, String clientId) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
