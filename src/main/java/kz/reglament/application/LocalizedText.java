package kz.reglament.application;

import java.util.Locale;

/** A text in the service's three languages; {@link #in(Locale)} picks one, falling back to Kazakh, then Russian. */
public record LocalizedText(String kk, String ru, String en) {

    public String in(Locale locale) {
        String language = locale == null ? "kk" : locale.getLanguage();
        String chosen = switch (language) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
        if (chosen != null && !chosen.isBlank()) {
            return chosen;
        }
        return kk != null && !kk.isBlank() ? kk : ru;
    }
}
