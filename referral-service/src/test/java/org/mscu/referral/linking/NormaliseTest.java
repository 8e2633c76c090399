package org.mscu.referral.linking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NormaliseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "07700 900123|+447700900123",
            "+44 7700 900123|+447700900123",
            "+44 (0)7700 900123|+447700900123",
            "0044-7700-900-123|+447700900123",
            "447700900123|+447700900123",
            "7700900123|+447700900123",
            "(0161) 496 0000|+441614960000",
            "+40 721 234 567|+40721234567"})
    void normalisesPhoneNumbersToE164WithUkDefault(String raw, String expected) {
        assertEquals(expected, Normalise.phone(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12345", "n/a", "+0123456789", "+1234567890123456"})
    void dropsWhatCannotBeAPhoneNumber(String raw) {
        assertNull(Normalise.phone(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"m1 1aa|M1 1AA", "M11AA|M1 1AA", " sw1a-1aa |SW1A 1AA", "m60  7ra|M60 7RA"})
    void normalisesPostcodes(String raw, String expected) {
        assertEquals(expected, Normalise.postcode(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Manchester", "12345", "M1"})
    void dropsWhatIsNotAPostcode(String raw) {
        assertNull(Normalise.postcode(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ab12 cde|AB12CDE", "AB12-CDE|AB12CDE", " ab 12 c d e |AB12CDE"})
    void normalisesVehicleRegistrations(String raw, String expected) {
        assertEquals(expected, Normalise.vehicleRegistration(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ion Popescu|ion popescu",
            "POPESCU,  Ion|ion popescu",
            "Ión  Popéscu|ion popescu",
            "Łukasz Wróbel|lukasz wrobel",
            "Jürgen Straße|jurgen strasse",
            "Ștefan O'Brien|brien o stefan"})
    void normalisesNamesForCaseSpacingDiacriticsAndOrder(String raw, String expected) {
        assertEquals(expected, Normalise.name(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "--"})
    void dropsEmptyNames(String raw) {
        assertNull(Normalise.name(raw));
    }
}
