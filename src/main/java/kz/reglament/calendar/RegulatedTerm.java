package kz.reglament.calendar;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A term of a regulation: an amount and the unit it is counted in, as a modeler writes it in a process, e.g.
 * "2 working days", "30 calendar days", "4 hours", «2 жұмыс күні», «30 күнтізбелік күн», «15 минут», «4 сағат»,
 * «3 рабочих дня». Minutes and hours are always working time. A bare "days" is refused, since a regulation's days are
 * either working or calendar days and the difference is a week or more.
 */
public record RegulatedTerm(int amount, TermUnit unit) {

    private static final Pattern AMOUNT_AND_UNIT = Pattern.compile("(\\S+)\\s+(.+)");

    private static final Map<String, TermUnit> UNITS = Map.ofEntries(
            Map.entry("working minute", TermUnit.WORKING_MINUTES),
            Map.entry("working minutes", TermUnit.WORKING_MINUTES),
            Map.entry("minute", TermUnit.WORKING_MINUTES),
            Map.entry("minutes", TermUnit.WORKING_MINUTES),
            Map.entry("минут", TermUnit.WORKING_MINUTES),
            Map.entry("минута", TermUnit.WORKING_MINUTES),
            Map.entry("минуты", TermUnit.WORKING_MINUTES),
            Map.entry("рабочая минута", TermUnit.WORKING_MINUTES),
            Map.entry("рабочие минуты", TermUnit.WORKING_MINUTES),
            Map.entry("рабочих минуты", TermUnit.WORKING_MINUTES),
            Map.entry("рабочих минут", TermUnit.WORKING_MINUTES),
            Map.entry("working hour", TermUnit.WORKING_HOURS),
            Map.entry("working hours", TermUnit.WORKING_HOURS),
            Map.entry("hour", TermUnit.WORKING_HOURS),
            Map.entry("hours", TermUnit.WORKING_HOURS),
            Map.entry("сағат", TermUnit.WORKING_HOURS),
            Map.entry("жұмыс сағаты", TermUnit.WORKING_HOURS),
            Map.entry("жұмыс сағат", TermUnit.WORKING_HOURS),
            Map.entry("час", TermUnit.WORKING_HOURS),
            Map.entry("часа", TermUnit.WORKING_HOURS),
            Map.entry("часов", TermUnit.WORKING_HOURS),
            Map.entry("рабочий час", TermUnit.WORKING_HOURS),
            Map.entry("рабочих часа", TermUnit.WORKING_HOURS),
            Map.entry("рабочих часов", TermUnit.WORKING_HOURS),
            Map.entry("working day", TermUnit.WORKING_DAYS),
            Map.entry("working days", TermUnit.WORKING_DAYS),
            Map.entry("жұмыс күні", TermUnit.WORKING_DAYS),
            Map.entry("жұмыс күн", TermUnit.WORKING_DAYS),
            Map.entry("рабочий день", TermUnit.WORKING_DAYS),
            Map.entry("рабочих дня", TermUnit.WORKING_DAYS),
            Map.entry("рабочих дней", TermUnit.WORKING_DAYS),
            Map.entry("calendar day", TermUnit.CALENDAR_DAYS),
            Map.entry("calendar days", TermUnit.CALENDAR_DAYS),
            Map.entry("күнтізбелік күн", TermUnit.CALENDAR_DAYS),
            Map.entry("күнтізбелік күні", TermUnit.CALENDAR_DAYS),
            Map.entry("календарный день", TermUnit.CALENDAR_DAYS),
            Map.entry("календарных дня", TermUnit.CALENDAR_DAYS),
            Map.entry("календарных дней", TermUnit.CALENDAR_DAYS));

    private static final Set<String> BARE_DAYS = Set.of("day", "days", "күн", "күні", "день", "дня", "дней");

    public RegulatedTerm {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new InvalidTermException("a term must count at least 1, not \"" + unit.format(amount) + "\"");
        }
    }

    /**
     * Reads a term as a modeler writes it: a whole number, a space, a unit; letter case and extra spaces do not
     * matter.
     *
     * @throws InvalidTermException saying what to write instead
     */
    public static RegulatedTerm parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidTermException("the term is empty; write e.g. \"2 working days\"");
        }
        String normalized = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Matcher matcher = AMOUNT_AND_UNIT.matcher(normalized);
        if (!matcher.matches()) {
            throw new InvalidTermException("\"" + text + "\" is not a term: write a number and a unit, e.g. \"2 working days\"");
        }
        int amount = wholeAmount(matcher.group(1), text);
        String unitText = matcher.group(2);
        TermUnit unit = UNITS.get(unitText);
        if (unit != null) {
            return new RegulatedTerm(amount, unit);
        }
        if (BARE_DAYS.contains(unitText)) {
            throw new InvalidTermException("\"" + text + "\" is ambiguous: write \"" + TermUnit.WORKING_DAYS.format(amount)
                    + "\" or \"" + TermUnit.CALENDAR_DAYS.format(amount) + "\"");
        }
        throw new InvalidTermException("\"" + text + "\" has a unit this service does not count in (\"" + unitText
                + "\"): write working minutes, working hours, working days or calendar days");
    }

    private static int wholeAmount(String amountText, String text) {
        if (!amountText.chars().allMatch(Character::isDigit)) {
            throw new InvalidTermException("\"" + text + "\" must start with a whole number of units; for a fraction "
                    + "use a smaller unit, e.g. \"90 minutes\" for an hour and a half");
        }
        try {
            return Integer.parseInt(amountText);
        } catch (NumberFormatException e) {
            throw new InvalidTermException("\"" + text + "\" is too long a term to count");
        }
    }

    /** The term in the plain English form {@link #parse} reads back, e.g. "2 working days". */
    @Override
    public String toString() {
        return unit.format(amount);
    }
}
