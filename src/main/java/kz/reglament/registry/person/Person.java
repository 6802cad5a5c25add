package kz.reglament.registry.person;

import java.time.LocalDate;

/**
 * What the service needs of an individual from ЖТ МДҚ. Names are personal data: they go into process variables, the
 * result document and the case file, never into a log.
 *
 * @param patronymic null when the person has none
 * @param address the registered address as one line, null when the registry holds none
 */
public record Person(String iin, String surname, String name, String patronymic, LocalDate birthDate,
        PersonStatus status, String address) {

    /** Surname, name and patronymic, the way Kazakh and Russian documents write a person. */
    public String fullName() {
        return String.join(" ", surname, name, patronymic == null ? "" : patronymic).trim();
    }
}
