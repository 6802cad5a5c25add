package kz.reglament.calendar;

import java.util.Objects;

/** A name in the three languages the service speaks: Kazakh, Russian and English. */
public record LocalizedName(String kk, String ru, String en) {

    public LocalizedName {
        requireText(kk, "kk");
        requireText(ru, "ru");
        requireText(en, "en");
    }

    private static void requireText(String text, String language) {
        if (Objects.requireNonNull(text, () -> "name in '" + language + "' is missing").isBlank()) {
            throw new IllegalArgumentException("name in '" + language + "' is blank");
        }
    }
}
