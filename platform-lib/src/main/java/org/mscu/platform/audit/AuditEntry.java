package org.mscu.platform.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the audit log, as stored and as auditors read it. */
@Schema(name = "AuditEntry", description = "One entry of the DPA 2018 s.62 log")
public record AuditEntry(
        @Schema(description = "Entry id") UUID id,
        @Schema(description = "Position in the hash chain, from 1") long seq,
        @Schema(description = "When the processing happened") Instant recordedAt,
        @Schema(description = "Kind of processing") AuditOperation operation,
        @Schema(description = "Kind of record processed", example = "referral") String resourceType,
        @Schema(description = "Id of the record processed") String resourceId,
        @Schema(description = "Caller's subject id") String subject,
        @Schema(description = "Caller's username") String username,
        @Schema(description = "Caller's agency", example = "gmp") String agency,
        @Schema(description = "Caller's roles") List<String> roles,
        @Schema(description = "OAuth client the caller used") String clientId,
        @Schema(description = "X-Access-Purpose of the request, else the name of the granting rule") String justification,
        @Schema(description = "Agency the record was disclosed to (DISCLOSURE only)") String recipientAgency,
        @Schema(description = "Trace id of the request") String traceId,
        @Schema(description = "Short non-personal detail") String detail,
        @Schema(description = "Hash of the previous entry") String previousHash,
        @Schema(description = "SHA-256 over the previous hash and this entry's content") String hash) {

    public AuditEntry {
        roles = List.copyOf(roles);
    }

    /** The same entry chained after {@code previousHash}. */
    AuditEntry chained(long seq, String previousHash) {
        AuditEntry positioned = new AuditEntry(id, seq, recordedAt, operation, resourceType, resourceId, subject, username,
                agency, roles, clientId, justification, recipientAgency, traceId, detail, previousHash, null);
        return new AuditEntry(id, seq, recordedAt, operation, resourceType, resourceId, subject, username, agency, roles,
                clientId, justification, recipientAgency, traceId, detail, previousHash, AuditChain.hash(positioned));
    }
}
