package org.mscu.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the audit log: an entry's hash is SHA-256 over the previous entry's hash, a
 * newline, and the entry's canonical content (a JSON array of its fields in a fixed order, roles
 * sorted). The first entry follows {@link #GENESIS}.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditChain() {
    }

    public static String hash(AuditEntry entry) {
        return sha256(entry.previousHash() + "\n" + canonical(entry));
    }

    static String canonical(AuditEntry entry) {
        List<String> roles = new ArrayList<>(entry.roles());
        roles.sort(null);
        List<Object> fields = Arrays.asList(entry.id().toString(), entry.seq(), entry.recordedAt().toString(),
                entry.operation().name(), entry.resourceType(), entry.resourceId(), entry.subject(), entry.username(),
                entry.agency(), String.join(",", roles), entry.clientId(), entry.justification(),
                entry.recipientAgency(), entry.traceId(), entry.detail());
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise audit entry", e);
        }
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
