package org.mscu.orders.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    private static final LocalDate SERVED = LocalDate.of(2026, 6, 1);

    @Test
    void isDueThreeDaysAfterService() {
        assertThat(NotificationRules.dueBy(SERVED)).isEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void isMetWhenNotifiedOnDayThree() {
        LocalDate dueBy = NotificationRules.dueBy(SERVED);
        assertThat(NotificationRules.status(dueBy, SERVED.plusDays(3), SERVED.plusDays(10))).isEqualTo(NotificationStatus.MET);
    }

    @Test
    void isOverdueWhenNotifiedOnDayFour() {
        LocalDate dueBy = NotificationRules.dueBy(SERVED);
        assertThat(NotificationRules.status(dueBy, SERVED.plusDays(4), SERVED.plusDays(10))).isEqualTo(NotificationStatus.OVERDUE);
    }

    @Test
    void isDueOnDayThreeWithoutNotification() {
        assertThat(NotificationRules.status(NotificationRules.dueBy(SERVED), null, SERVED.plusDays(3)))
                .isEqualTo(NotificationStatus.DUE);
    }

    @Test
    void isOverdueOnDayFourWithoutNotification() {
        assertThat(NotificationRules.status(NotificationRules.dueBy(SERVED), null, SERVED.plusDays(4)))
                .isEqualTo(NotificationStatus.OVERDUE);
    }

    @Test
    void givesAChangeOfAddressThreeDaysFromTheChange() {
        LocalDate changed = LocalDate.of(2027, 2, 27);
        assertThat(NotificationRules.dueBy(changed)).isEqualTo(LocalDate.of(2027, 3, 2));
    }
}
