package org.mscu.orders.opportunity;

import jakarta.enterprise.context.ApplicationScoped;
import org.mscu.platform.audit.AuditLog;

/** What the opportunity feature writes to the DPA s.62 audit log (notes and rationale may hold personal data). */
@ApplicationScoped
public class OpportunityAudit {

    public static final String OPPORTUNITY = "opportunity";

    private final AuditLog audit;

    OpportunityAudit(AuditLog audit) {
        this.audit = audit;
    }

    void collected(Opportunity opportunity) {
        audit.collected(OPPORTUNITY, opportunity.id);
    }

    void consulted(Opportunity opportunity) {
        audit.consulted(OPPORTUNITY, opportunity.id);
    }

    void altered(Opportunity opportunity) {
        audit.altered(OPPORTUNITY, opportunity.id, "assess-" + opportunity.decision.name().toLowerCase(java.util.Locale.ROOT));
    }
}
