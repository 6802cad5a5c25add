package kz.reglament.application;

/** The documents a case can end with, each with its title in the service's languages. */
public enum ResultKind {

    LICENCE("Лицензия", "Лицензия", "Licence"),
    REISSUED_LICENCE("Қайта ресімделген лицензия", "Переоформленная лицензия", "Re-issued licence"),
    LICENCE_DUPLICATE("Лицензияның телнұсқасы", "Дубликат лицензии", "Duplicate of the licence"),
    REASONED_REFUSAL("Уәжді бас тарту", "Мотивированный отказ", "Reasoned refusal"),
    REVIEW_TERMINATED("Өтінішті қарауды тоқтату туралы жауап", "Ответ о прекращении рассмотрения заявления",
            "Termination of the review of the application"),
    REFUSAL_TO_ACCEPT("Құжаттарды қабылдаудан бас тарту туралы қолхат",
            "Расписка об отказе в приёме документов", "Receipt refusing to accept the documents");

    private final LocalizedText title;

    ResultKind(String kk, String ru, String en) {
        this.title = new LocalizedText(kk, ru, en);
    }

    public LocalizedText title() {
        return title;
    }
}
