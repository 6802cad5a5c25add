package kz.reglament.calendar;

/**
 * Why a date is a working day or a day off. Only {@link #isDataKind() data kinds} may be written in the holiday data
 * file; the others are derived by {@link WorkingCalendar}.
 */
public enum DayType {

    WORKDAY(true, false, new LocalizedName("Жұмыс күні", "Рабочий день", "Working day")),
    WEEKEND(false, false, new LocalizedName("Демалыс күні", "Выходной день", "Weekend")),
    HOLIDAY(false, true, new LocalizedName("Мереке", "Праздник", "Holiday")),
    RELIGIOUS_HOLIDAY(false, true, new LocalizedName("Діни мереке", "Религиозный праздник", "Religious holiday")),
    /** The day off owed when a holiday falls on a Saturday or Sunday (Law "On holidays", Article 5). */
    CARRIED_OVER_DAY_OFF(false, false, new LocalizedName("Демалыс күні (мереке демалыс күніне сәйкес келді)",
            "Выходной день (праздник совпал с выходным)", "Day off (a holiday fell on a weekend)")),
    TRANSFERRED_DAY_OFF(false, true, new LocalizedName("Ауыстырылған демалыс күні", "Перенесённый день отдыха",
            "Transferred day off")),
    TRANSFERRED_WORKING_DAY(true, true, new LocalizedName("Ауыстырылған жұмыс күні", "Перенесённый рабочий день",
            "Transferred working day")),
    CORRECTED_DAY_OFF(false, false, new LocalizedName("Демалыс күні (түзету)", "Выходной день (корректировка)",
            "Day off (correction)")),
    CORRECTED_WORKING_DAY(true, false, new LocalizedName("Жұмыс күні (түзету)", "Рабочий день (корректировка)",
            "Working day (correction)"));

    private final boolean working;
    private final boolean dataKind;
    private final LocalizedName genericName;

    DayType(boolean working, boolean dataKind, LocalizedName genericName) {
        this.working = working;
        this.dataKind = dataKind;
        this.genericName = genericName;
    }

    public boolean isWorking() {
        return working;
    }

    public boolean isDataKind() {
        return dataKind;
    }

    public LocalizedName genericName() {
        return genericName;
    }
}
