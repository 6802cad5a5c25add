package kz.reglament.registry.legalentity;

import java.time.LocalDate;

/**
 * What the service needs of an organisation from ЗТ МДҚ.
 *
 * @param nameKk the full name in Kazakh, null when the registry holds only the Russian one
 * @param headIin the IIN of the head (first manager), null when the registry names none
 * @param headFullName the head's surname, name and patronymic: personal data, never logged
 */
public record LegalEntity(String bin, String nameKk, String nameRu, LocalDate registrationDate,
        LegalEntityStatus status, String address, String headIin, String headFullName) {
}
