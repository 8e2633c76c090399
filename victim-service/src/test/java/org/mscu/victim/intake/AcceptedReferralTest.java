package org.mscu.victim.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mscu.victim.victims.ExploitationType;
import org.mscu.victim.victims.Gender;
import org.mscu.victim.victims.ReferralAccepted;

/** referral-service's view of an accepted referral onto what victim-service records. */
class AcceptedReferralTest {

    private static final UUID ID = UUID.randomUUID();

    private static JsonNode json(String text) throws Exception {
        return new ObjectMapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void takesNamesDateOfBirthGenderLanguagesDistrictAndExploitationTypes() throws Exception {
        ReferralAccepted accepted = AcceptedReferral.from(ID, json("""
                {'id': 'x', 'reference': 'MSR-2026-000042', 'status': 'ACCEPTED',
                 'potentialVictim': {'givenName': ' Testa ', 'familyName': 'Fictional', 'dateOfBirth': '2009-03-03',
                                     'gender': 'MALE', 'languages': ['ro', 'en']},
                 'location': {'district': 'Salford'}, 'exploitationTypes': ['CRIMINAL', 'LABOUR']}"""));

        assertThat(accepted).isEqualTo(new ReferralAccepted(ID, "MSR-2026-000042", "Testa", "Fictional", LocalDate.parse("2009-03-03"),
                Gender.MALE, java.util.List.of("ro", "en"), "Salford",
                java.util.List.of(ExploitationType.CRIMINAL, ExploitationType.LABOUR)));
    }

    @Test
    void whatTheReferralDoesNotSayIsNotKnown() throws Exception {
        ReferralAccepted accepted = AcceptedReferral.from(ID, json("""
                {'status': 'ACCEPTED', 'potentialVictim': {'gender': 'SOMETHING_NEW'}, 'exploitationTypes': ['SOMETHING_NEW']}"""));

        assertThat(accepted.givenName()).isEqualTo("Not known");
        assertThat(accepted.familyName()).isEqualTo("Not known");
        assertThat(accepted.dateOfBirth()).isNull();
        assertThat(accepted.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(accepted.exploitationTypes()).containsExactly(ExploitationType.UNKNOWN);
        assertThat(accepted.district()).isNull();
        assertThat(accepted.languages()).isEmpty();
    }

    @Test
    void aReferralThatIsNotAcceptedIsRefused() throws Exception {
        assertThatThrownBy(() -> AcceptedReferral.from(ID, json("{'status': 'RECEIVED', 'potentialVictim': {}}")))
                .isInstanceOf(UpstreamException.class).hasMessageContaining("RECEIVED");
    }

    @Test
    void aMalformedDateOfBirthIsRefusedWithoutQuotingIt() throws Exception {
        assertThatThrownBy(() -> AcceptedReferral.from(ID, json("""
                {'status': 'ACCEPTED', 'potentialVictim': {'dateOfBirth': '1990-13-45'}}""")))
                .isInstanceOf(UpstreamException.class).message().doesNotContain("1990-13-45");
    }
}
