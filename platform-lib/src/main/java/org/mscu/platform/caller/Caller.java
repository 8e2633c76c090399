package org.mscu.platform.caller;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling, taken only from the verified access token: never from a body or another header.
 * Inject it (request scoped). A class rather than a record so that the container can proxy it.
 */
public class Caller {

    private final String subject;
    private final String username;
    private final String agency;
    private final Set<String> roles;
    private final String clientId;

    /**
     * @param subject  the token's {@code sub}
     * @param username {@code preferred_username}; for a partner system, its service-account name
     * @param agency   the partner agency ({@code agency} claim), e.g. {@code gmp}
     * @param roles    realm roles ({@code realm_access.roles})
     * @param clientId the OAuth client that obtained the token ({@code azp})
     */
    public Caller(String subject, String username, String agency, Set<String> roles, String clientId) {
        this.subject = subject;
        this.username = username;
        this.agency = agency;
        this.roles = Set.copyOf(roles);
        this.clientId = clientId;
    }

    /** For the container's proxy only. */
    protected Caller() {
        this(null, null, null, Set.of(), null);
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public String agency() {
        return agency;
    }

    public Set<String> roles() {
        return roles;
    }

    public String clientId() {
        return clientId;
    }

    /** Whether a verified token stands behind this caller. */
    public boolean authenticated() {
        return subject != null;
    }

    public boolean hasRole(String role) {
        return roles().contains(role);
    }

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles()::contains);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Caller that && Objects.equals(subject(), that.subject())
                && Objects.equals(username(), that.username()) && Objects.equals(agency(), that.agency())
                && roles().equals(that.roles()) && Objects.equals(clientId(), that.clientId());
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject(), username(), agency(), roles(), clientId());
    }

    @Override
    public String toString() {
        return "Caller[" + username() + " of " + agency() + ", roles " + roles() + "]";
    }
}
