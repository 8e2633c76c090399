package org.mscu.referral.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferenceFormatTest {

    @Test
    void padsNumberToSixDigits() {
        assertEquals("MSR-2026-000123", ReferenceFormat.format(2026, 123));
        assertTrue(ReferenceFormat.PATTERN.matcher(ReferenceFormat.format(2026, 999_999)).matches());
    }

    @Test
    void refusesNumbersOutsideOneYearsRange() {
        assertThrows(IllegalArgumentException.class, () -> ReferenceFormat.format(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> ReferenceFormat.format(2026, 1_000_000));
    }
}
