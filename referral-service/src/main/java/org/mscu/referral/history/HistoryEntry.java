package org.mscu.referral.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of a referral's timeline: a state change, an access or a disclosure. */
@Entity
@Table(name = "referral_history")
public class HistoryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @jakarta.persistence.Column(name = "referral_id")
    public UUID referralId;

    public Instant at;

    public String kind;

    public String action;

    public String actor;

    public String agency;

    public String detail;
}
