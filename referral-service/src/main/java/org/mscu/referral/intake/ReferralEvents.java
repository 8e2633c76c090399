package org.mscu.referral.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.mscu.platform.outbox.Outbox;

/**
 * The referral events other services consume, written to the platform outbox in the caller's
 * transaction. Payloads carry ids, the reference and what consumers need to act, never names,
 * dates of birth, contact details, addresses or the narrative.
 */
@ApplicationScoped
public class ReferralEvents {

    public static final String RECEIVED = "referral.received";
    public static final String ACCEPTED = "referral.accepted";
    public static final String NO_FURTHER_ACTION = "referral.no-further-action";
    public static final String CRIME_RECORDING_OVERDUE = "referral.crime-recording-overdue";

    private final Outbox outbox;

    ReferralEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void received(Referral r) {
        Map<String, Object> data = summary(r);
        data.put("source", r.source.name());
        data.put("referringAgency", r.referringAgency);
        data.put("receivedAt", r.receivedAt.toString());
        data.put("urgent", r.urgent);
        data.put("crimeRecordingDueBy", r.crimeDueBy.toString());
        outbox.publish(RECEIVED, r.id, data);
    }

    public void accepted(Referral r) {
        Map<String, Object> data = summary(r);
        data.put("district", r.location == null ? null : r.location.district());
        data.put("gender", r.potentialVictim.gender() == null ? null : r.potentialVictim.gender().name());
        data.put("languages", r.potentialVictim.languages());
        outbox.publish(ACCEPTED, r.id, data);
    }

    public void noFurtherAction(Referral r) {
        Map<String, Object> data = summary(r);
        data.put("reason", r.triageReason.name());
        outbox.publish(NO_FURTHER_ACTION, r.id, data);
    }

    public void crimeRecordingOverdue(UUID id, String reference, Instant dueBy) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", id.toString());
        data.put("reference", reference);
        data.put("dueBy", dueBy.toString());
        outbox.publish(CRIME_RECORDING_OVERDUE, id, data);
    }

    private static Map<String, Object> summary(Referral r) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("referralId", r.id.toString());
        data.put("reference", r.reference);
        data.put("child", r.child);
        data.put("exploitationTypes", Arrays.asList(r.exploitationTypes));
        return data;
    }
}
