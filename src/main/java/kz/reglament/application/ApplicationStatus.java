package kz.reglament.application;

/**
 * Where a case stands, as a portal user must understand it. A BPMN element sets it with the property
 * {@code case-status}; submission and withdrawal set it themselves.
 */
public enum ApplicationStatus {

    SUBMITTED("Өтініш жіберілді", "Заявление подано", "Submitted"),
    REGISTERED("Өтініш тіркелді", "Заявление зарегистрировано", "Registered"),
    UNDER_REVIEW("Қаралуда", "На рассмотрении", "Under review"),
    WAITING_FOR_EXTERNAL_BODY("Басқа органның жауабы күтілуде", "Ожидается ответ другого органа",
            "Waiting for an external body"),
    DECISION_SIGNED("Шешімге қол қойылды", "Решение подписано", "Decision signed"),
    ISSUED("Нәтиже берілді", "Результат выдан", "Issued"),
    REFUSED("Уәжді бас тарту берілді", "Выдан мотивированный отказ", "Refused"),
    REFUSED_TO_ACCEPT("Құжаттарды қабылдаудан бас тартылды", "Отказано в приёме документов",
            "Refused to accept documents"),
    WITHDRAWN("Өтініш кері қайтарылды", "Заявление отозвано", "Withdrawn");

    private final LocalizedText label;

    ApplicationStatus(String kk, String ru, String en) {
        this.label = new LocalizedText(kk, ru, en);
    }

    public LocalizedText label() {
        return label;
    }

    public boolean isFinal() {
        return this == ISSUED || this == REFUSED || this == REFUSED_TO_ACCEPT || this == WITHDRAWN;
    }
}
