package se.trygghetsnav.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalIdentityNumbersTest {

    @Test
    void theTestHelperAgreesWithTheWellKnownTestNumber() {
        assertThat(withCheckDigit("811218987")).isEqualTo("8112189876");
        assertThat(withCheckDigit("811278987")).isEqualTo("8112789873");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "811218-9876",
            "811218+9876",
            "811218 9876",
            "8112189876",
            "19811218-9876",
            "19811218+9876",
            "19811218 9876",
            "198112189876",
            "811218\u20139876", // en dash, as phones often write it
            "811218\u00A09876", // no-break space
    })
    void findsAValidNumberInEveryWrittenForm(String number) {
        String text = "Jag heter Kim, mitt personnummer är " + number + ", ring mig.";

        assertThat(PersonalIdentityNumbers.containsIdentityNumber(text)).isTrue();
        assertThat(PersonalIdentityNumbers.find(text)).containsExactly(number);
    }

    @Test
    void findsACoordinationNumber() {
        String number = withCheckDigit("811278987"); // 18 December 1981, day plus 60

        assertThat(PersonalIdentityNumbers.find("Samordningsnummer " + number.substring(0, 6) + "-" + number.substring(6)))
                .containsExactly("811278-9873");
        assertThat(PersonalIdentityNumbers.find("samordningsnummer 19" + number)).containsExactly("19" + number);
    }

    @Test
    void findsANumberAtTheEdgesOfTheTextAndBetweenPunctuation() {
        assertThat(PersonalIdentityNumbers.find("8112189876")).containsExactly("8112189876");
        assertThat(PersonalIdentityNumbers.find("(811218-9876).")).containsExactly("811218-9876");
        assertThat(PersonalIdentityNumbers.find("pnr:19811218-9876/x")).containsExactly("19811218-9876");
    }

    @Test
    void findsEveryNumberInTheText() {
        String text = "Vittnen: 811218-9876 och 198112789873, samt 20000229-" + withCheckDigit("000229123").substring(6);

        assertThat(PersonalIdentityNumbers.find(text))
                .containsExactly("811218-9876", "198112789873", "20000229-" + withCheckDigit("000229123").substring(6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"811218-9875", "811218-9870", "19811218-9877", "8112189871", "811278-9876"})
    void refusesAWrongCheckDigit(String number) {
        assertThat(PersonalIdentityNumbers.containsIdentityNumber("nummer " + number)).isFalse();
        assertThat(PersonalIdentityNumbers.find("nummer " + number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "811232123", // 32 December
            "811300123", // day zero
            "811301123", // month 13
            "810001123", // month zero
            "810229123", // 29 February in a year that is not a leap year in either century
            "810431123", // 31 April
            "811260123", // coordination day 0
            "811292123", // coordination day 32
    })
    void refusesDatesThatDoNotExistEvenWithACorrectCheckDigit(String nineDigits) {
        String number = withCheckDigit(nineDigits);

        assertThat(PersonalIdentityNumbers.find(number)).isEmpty();
        assertThat(PersonalIdentityNumbers.find(number.substring(0, 6) + "-" + number.substring(6))).isEmpty();
        assertThat(PersonalIdentityNumbers.find("19" + number)).isEmpty();
    }

    @Test
    void knowsLeapYears() {
        String leapDay2000 = withCheckDigit("000229123");
        String leapDay2004 = withCheckDigit("040229123");

        assertThat(PersonalIdentityNumbers.find(leapDay2000)).containsExactly(leapDay2000); // 2000 was a leap year
        assertThat(PersonalIdentityNumbers.find("20" + leapDay2000)).containsExactly("20" + leapDay2000);
        assertThat(PersonalIdentityNumbers.find("19" + leapDay2000)).isEmpty(); // 1900 was not
        assertThat(PersonalIdentityNumbers.find(leapDay2004)).containsExactly(leapDay2004);
        assertThat(PersonalIdentityNumbers.find("20" + withCheckDigit("040289123"))).hasSize(1); // coordination
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "kortnummer 4581121898761234",  // inside a 16-digit card number
            "kod 128112189876",             // ten valid digits after two more
            "kod 81121898761",              // ten valid digits before one more
            "kod 0198112189876",            // twelve valid digits after one more
            "kod 17811218-9876",            // a century that no living person has
            "kod 1811218-98765",            // the serial runs on
            "telefon 0701234567",           // date 2007-01-23 but the check digit would be 9
            "telefon 070-123 45 67",
            "datum 2024-05-01 12:00",
            "",
    })
    void ignoresDigitsThatAreNotAnIdentityNumber(String text) {
        assertThat(PersonalIdentityNumbers.containsIdentityNumber(text)).isFalse();
        assertThat(PersonalIdentityNumbers.find(text)).isEmpty();
    }

    @Test
    void aPhoneNumberThatIsAlsoAValidDateWithAValidCheckDigitIsFound() {
        // 070123-4569 reads as 23 January 2007 with a correct check digit, so by the rules it is a number.
        assertThat(withCheckDigit("070123456")).isEqualTo("0701234569");
        assertThat(PersonalIdentityNumbers.containsIdentityNumber("ring 0701234569")).isTrue();
    }

    @Test
    void nullTextContainsNothing() {
        assertThat(PersonalIdentityNumbers.containsIdentityNumber(null)).isFalse();
        assertThat(PersonalIdentityNumbers.find(null)).isEmpty();
    }

    /** Appends the Luhn check digit to YYMMDDNNN. */
    private static String withCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += product / 10 + product % 10;
        }
        return nineDigits + (10 - sum % 10) % 10;
    }
}
