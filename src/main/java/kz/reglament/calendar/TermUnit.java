package kz.reglament.calendar;

/** The four ways a regulation counts a term. */
public enum TermUnit {

    WORKING_MINUTES("working minute", "working minutes"),
    WORKING_HOURS("working hour", "working hours"),
    WORKING_DAYS("working day", "working days"),
    CALENDAR_DAYS("calendar day", "calendar days");

    private final String singular;
    private final String plural;

    TermUnit(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    String format(int amount) {
        return amount + " " + (amount == 1 ? singular : plural);
    }
}
