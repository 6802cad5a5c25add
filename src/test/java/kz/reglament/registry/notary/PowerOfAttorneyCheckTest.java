package kz.reglament.registry.notary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.reglament.identity.Bin;
import kz.reglament.identity.Iin;
import org.junit.jupiter.api.Test;

class PowerOfAttorneyCheckTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 17);
    static final String SERVICE = "medical-licence-issue";

    @Test
    void oneCoveringPowerInForceMakesTheRepresentativeValidWhateverElseIsHeld() {
        List<PowerOfAttorney> held = List.of(poa("OLD", "2024-01-01", null, SERVICE),
                poa("REVOKED", "2028-01-01", "2026-01-01", SERVICE), poa("GOOD", "2027-01-01", null, SERVICE));

        assertThat(PowerOfAttorneyCheck.decide(held, query(null)))
                .isEqualTo(new PowerOfAttorneyCheck.Valid("GOOD", LocalDate.of(2027, 1, 1)));
    }

    @Test
    void aGeneralPowerCoversEveryService() {
        assertThat(PowerOfAttorneyCheck.decide(List.of(poa("ALL", "2027-01-01", null, PowerOfAttorney.ANY_SERVICE)),
                query(null))).isInstanceOf(PowerOfAttorneyCheck.Valid.class);
    }

    @Test
    void theLastDayIsStillInForceAndTheRevocationDayIsNot() {
        assertThat(PowerOfAttorneyCheck.decide(List.of(poa("N", "2026-03-17", null, SERVICE)), query(null)))
                .isInstanceOf(PowerOfAttorneyCheck.Valid.class);
        assertThat(PowerOfAttorneyCheck.decide(List.of(poa("N", "2027-01-01", "2026-03-17", SERVICE)), query(null)))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.REVOKED));
        assertThat(PowerOfAttorneyCheck.decide(List.of(poa("N", "2027-01-01", "2026-03-18", SERVICE)), query(null)))
                .isInstanceOf(PowerOfAttorneyCheck.Valid.class);
    }

    @Test
    void aPowerNotYetIssuedOnTheDayIsNotInForce() {
        PowerOfAttorney future = new PowerOfAttorney("N", "150340012340", "901102456780", LocalDate.of(2026, 4, 1),
                LocalDate.of(2027, 1, 1), null, Set.of(SERVICE));

        assertThat(PowerOfAttorneyCheck.decide(List.of(future), query(null)))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.EXPIRED));
    }

    @Test
    void revokedIsToldBeforeExpiredAndWrongScopeOnlyWhenNoneCoversTheService() {
        assertThat(PowerOfAttorneyCheck.decide(List.of(poa("A", "2025-01-01", null, SERVICE),
                poa("B", "2028-01-01", "2026-01-01", SERVICE), poa("C", "2028-01-01", null, "other")), query(null)))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.REVOKED));
        assertThat(PowerOfAttorneyCheck.decide(List.of(poa("C", "2028-01-01", null, "other")), query(null)))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.WRONG_SCOPE));
        assertThat(PowerOfAttorneyCheck.decide(List.of(), query(null)))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.NONE));
    }

    @Test
    void aNumberGivenInTheApplicationMustBeTheOneHeld() {
        List<PowerOfAttorney> held = List.of(poa("GOOD", "2027-01-01", null, SERVICE));

        assertThat(PowerOfAttorneyCheck.decide(held, query("GOOD"))).isInstanceOf(PowerOfAttorneyCheck.Valid.class);
        assertThat(PowerOfAttorneyCheck.decide(held, query("OTHER")))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.NONE));
    }

    static PowerOfAttorneyQuery query(String number) {
        return new PowerOfAttorneyQuery(Bin.parse("150340012340"), Iin.parse("901102456780"), SERVICE, TODAY, number);
    }

    static PowerOfAttorney poa(String number, String validUntil, String revokedOn, String service) {
        return new PowerOfAttorney(number, "150340012340", "901102456780", LocalDate.of(2025, 1, 10),
                LocalDate.parse(validUntil), revokedOn == null ? null : LocalDate.parse(revokedOn), Set.of(service));
    }
}
