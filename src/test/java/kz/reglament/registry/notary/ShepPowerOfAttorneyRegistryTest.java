package kz.reglament.registry.notary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import kz.reglament.identity.Bin;
import kz.reglament.identity.Iin;
import kz.reglament.registry.RegistrySystem;
import kz.reglament.registry.RegistryUnavailableException;
import kz.reglament.registry.shep.GatewayFailure;
import kz.reglament.registry.shep.ShepStandIn;
import kz.reglament.registry.shep.Xml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ShepPowerOfAttorneyRegistryTest {

    static final PowerOfAttorneyQuery QUERY = new PowerOfAttorneyQuery(Bin.parse("150340012340"),
            Iin.parse("901102456780"), "medical-licence-issue", LocalDate.of(2026, 3, 17), null);

    final ShepStandIn gateway = new ShepStandIn();
    final ShepPowerOfAttorneyRegistry registry = new ShepPowerOfAttorneyRegistry(gateway.client(), "ENIS_POA");

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aPowerOfAttorneyInForceForTheServiceIsValid() {
        gateway.answersData(response(poa("N-1", "2028-01-09", null, "medical-licence-issue")));

        assertThat(registry.check(QUERY)).isEqualTo(new PowerOfAttorneyCheck.Valid("N-1", LocalDate.of(2028, 1, 9)));
        assertThat(Xml.text(gateway.lastRequestData(), "powerOfAttorneyRequest", "principal")).contains("150340012340");
        assertThat(Xml.text(gateway.lastRequestData(), "powerOfAttorneyRequest", "representative"))
                .contains("901102456780");
    }

    @Test
    void noPowerOfAttorneyIsNone() {
        gateway.answersData(response(""));

        assertThat(registry.check(QUERY)).isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.NONE));
    }

    @Test
    void expiredRevokedAndWrongScopeAreTold() {
        gateway.answersData(response(poa("N-1", "2025-12-31", null, "medical-licence-issue")));
        assertThat(registry.check(QUERY)).isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.EXPIRED));

        gateway.answersData(response(poa("N-1", "2028-01-09", "2026-02-01", "medical-licence-issue")));
        assertThat(registry.check(QUERY)).isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.REVOKED));

        gateway.answersData(response(poa("N-1", "2028-01-09", null, "pharmacy-licence-issue")));
        assertThat(registry.check(QUERY))
                .isEqualTo(new PowerOfAttorneyCheck.NotValid(PowerOfAttorneyProblem.WRONG_SCOPE));
    }

    @Test
    void aPowerOfAttorneyBetweenOtherPersonsIsUnavailable() {
        gateway.answersData(response(poa("N-1", "2028-01-09", null, "*").replace("901102456780", "950215400171")));

        assertThatThrownBy(() -> registry.check(QUERY)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("other persons");
    }

    @Test
    void aDateThatIsNotADateIsUnavailable() {
        gateway.answersData(response(poa("N-1", "9 January 2028", null, "*")));

        assertThatThrownBy(() -> registry.check(QUERY)).isInstanceOf(RegistryUnavailableException.class);
    }

    @ParameterizedTest
    @EnumSource(GatewayFailure.class)
    void everyFailureIsUnavailable(GatewayFailure failure) {
        failure.arrange(gateway);

        assertThatThrownBy(() -> registry.check(QUERY)).isInstanceOf(RegistryUnavailableException.class)
                .extracting("system").isEqualTo(RegistrySystem.NOTARY);
    }

    static String response(String powers) {
        return "<powerOfAttorneyResponse>" + powers + "</powerOfAttorneyResponse>";
    }

    static String poa(String number, String validUntil, String revokedOn, String service) {
        return "<powerOfAttorney><number>" + number + "</number><principal>150340012340</principal>"
                + "<representative>901102456780</representative><issuedOn>2025-01-10</issuedOn>"
                + "<validUntil>" + validUntil + "</validUntil>"
                + (revokedOn == null ? "" : "<revokedOn>" + revokedOn + "</revokedOn>")
                + "<services><service>" + service + "</service></services></powerOfAttorney>";
    }
}
