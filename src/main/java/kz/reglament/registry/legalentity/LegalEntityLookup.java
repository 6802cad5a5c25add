package kz.reglament.registry.legalentity;

/** What ЗТ МДҚ answered about a BIN. */
public sealed interface LegalEntityLookup {

    record Found(LegalEntity legalEntity) implements LegalEntityLookup {
    }

    record NotFound() implements LegalEntityLookup {
    }
}
