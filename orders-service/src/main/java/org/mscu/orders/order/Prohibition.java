package org.mscu.orders.order;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One prohibition of an order, as held on the order and in each variation.
 *
 * @param until last day the prohibition has effect; {@code null} = until further order
 */
public record Prohibition(UUID id, ProhibitionCategory category, String description, LocalDate until) {

    public boolean foreignTravel() {
        return category == ProhibitionCategory.FOREIGN_TRAVEL;
    }

    public Prohibition withUntil(LocalDate newUntil) {
        return new Prohibition(id, category, description, newUntil);
    }
}
