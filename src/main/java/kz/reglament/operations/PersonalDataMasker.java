package kz.reglament.operations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data in text bound for the logs: identity numbers (IIN/BIN, twelve digits) keep only their last
 * four digits, and the values of person-name fields ({@code lastName=…}, {@code "fullName": "…"}) are replaced.
 */
public final class PersonalDataMasker {

    private static final Pattern IDENTITY_NUMBER = Pattern.compile("(?<!\\d)\\d{8}(\\d{4})(?!\\d)");
    private static final Pattern PERSON_NAME_FIELD = Pattern.compile(
            "(?i)\\b((?:first|last|middle|full|sur|given|family|applicant|representative|person|signer)_?name"
                    + "|patronymic|fio)(\"?\\s*[:=]\\s*\"?)([^\",;}\\]\\r\\n]*)");

    private PersonalDataMasker() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = IDENTITY_NUMBER.matcher(text).replaceAll("********$1");
        Matcher names = PERSON_NAME_FIELD.matcher(masked);
        return names.find() ? names.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + match.group(2)
                + (match.group(3).isBlank() ? match.group(3) : "***"))) : masked;
    }
}
