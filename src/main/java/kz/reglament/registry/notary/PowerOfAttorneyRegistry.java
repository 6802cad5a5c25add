package kz.reglament.registry.notary;

/**
 * БНАЖ, the unified notary information system (ЕНИС): may this representative act for this applicant in this
 * service on this date, by a notarised power of attorney?
 *
 * @throws kz.reglament.registry.RegistryUnavailableException when no reliable answer can be had
 */
public interface PowerOfAttorneyRegistry {

    PowerOfAttorneyCheck check(PowerOfAttorneyQuery query);
}
