package kz.reglament.registry.person;

/** What ЖТ МДҚ answered about an IIN. */
public sealed interface PersonLookup {

    record Found(Person person) implements PersonLookup {
    }

    record NotFound() implements PersonLookup {
    }
}
