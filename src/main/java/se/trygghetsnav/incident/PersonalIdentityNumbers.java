package se.trygghetsnav.incident;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer,
 * day of month plus 60) in free text, so that a report carrying one can be refused.
 */
public final class PersonalIdentityNumbers {

    /**
     * YYMMDDNNNC or YYYYMMDDNNNC, optionally with a separator before the last four digits. Besides '-',
     * '+' and space, typographic dashes and the no-break space count too, as phones and word processors
     * put them in. Digits that are part of a longer run of digits never match.
     */
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<!\\d)(?<century>18|19|20)?(?<date>\\d{6})[-+ \\u00A0\\u2010-\\u2015\\u2212]?(?<serial>\\d{4})(?!\\d)");

    private static final int COORDINATION_DAY_OFFSET = 60;

    private PersonalIdentityNumbers() {}

    public static boolean containsIdentityNumber(String text) {
        if (text == null) {
            return false;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (isIdentityNumber(matcher)) {
                return true;
            }
        }
        return false;
    }

    /** The identity and coordination numbers in the text, as written there. */
    public static List<String> find(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (isIdentityNumber(matcher)) {
                found.add(matcher.group());
            }
        }
        return found;
    }

    private static boolean isIdentityNumber(Matcher candidate) {
        String date = candidate.group("date");
        return isRealDate(candidate.group("century"), date) && hasValidCheckDigit(date + candidate.group("serial"));
    }

    private static boolean isRealDate(String century, String yymmdd) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (day > COORDINATION_DAY_OFFSET) {
            day -= COORDINATION_DAY_OFFSET;
        }
        if (month < 1 || month > 12 || day < 1) {
            return false;
        }
        if (century != null) {
            return YearMonth.of(Integer.parseInt(century) * 100 + yy, month).isValidDay(day);
        }
        // Without the century (or a '+' that would say 100 years or older) either of the last two may be meant.
        return YearMonth.of(1900 + yy, month).isValidDay(day) || YearMonth.of(2000 + yy, month).isValidDay(day);
    }

    /** Luhn over the ten digits YYMMDDNNNC. */
    static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < tenDigits.length(); i++) {
            int digit = tenDigits.charAt(i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
