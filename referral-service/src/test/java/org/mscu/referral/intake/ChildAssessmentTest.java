package org.mscu.referral.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChildAssessmentTest {

    private static final Instant RECEIVED = Instant.parse("2026-11-29T09:30:00Z");

    @Test
    void isChildTheDayBeforeTheEighteenthBirthday() {
        assertTrue(ChildAssessment.isChild(LocalDate.parse("2008-11-30"), null, false, false, RECEIVED));
    }

    @Test
    void isAdultOnTheEighteenthBirthday() {
        assertFalse(ChildAssessment.isChild(LocalDate.parse("2008-11-29"), null, false, false, RECEIVED));
    }

    @Test
    void judgesTheBirthdayInUkTimeNotUtc() {
        // 23:30 UTC on 28 June is 00:30 on 29 June in London (BST): the eighteenth birthday has begun.
        Instant lateEvening = Instant.parse("2026-06-28T23:30:00Z");
        assertFalse(ChildAssessment.isChild(LocalDate.parse("2008-06-29"), null, false, false, lateEvening));
    }

    @Test
    void leapDayBirthTurnsEighteenOnFirstOfMarch() {
        assertTrue(ChildAssessment.isChild(LocalDate.parse("2008-02-29"), null, false, false,
                Instant.parse("2026-02-28T12:00:00Z")));
        assertFalse(ChildAssessment.isChild(LocalDate.parse("2008-02-29"), null, false, false,
                Instant.parse("2026-03-01T12:00:00Z")));
    }

    @Test
    void usesEstimatedAgeWithoutDateOfBirth() {
        assertTrue(ChildAssessment.isChild(null, 17, false, false, RECEIVED));
        assertFalse(ChildAssessment.isChild(null, 18, false, false, RECEIVED));
    }

    @Test
    void dateOfBirthWinsOverEstimatedAge() {
        assertFalse(ChildAssessment.isChild(LocalDate.parse("1990-01-01"), 16, false, false, RECEIVED));
    }

    @Test
    void treatsUnverifiedDisputedAgeAsChildWhateverTheClaimedAge() {
        assertTrue(ChildAssessment.isChild(LocalDate.parse("1990-01-01"), 30, true, false, RECEIVED));
        assertTrue(ChildAssessment.isChild(null, null, true, false, RECEIVED));
    }

    @Test
    void usesVerifiedDateOfBirthOnceDisputeIsResolved() {
        assertFalse(ChildAssessment.isChild(LocalDate.parse("1990-01-01"), null, true, true, RECEIVED));
    }

    @Test
    void isNotChildWithoutAnyAgeInformation() {
        assertFalse(ChildAssessment.isChild(null, null, false, false, RECEIVED));
    }
}
