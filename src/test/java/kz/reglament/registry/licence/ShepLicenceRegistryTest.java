package kz.reglament.registry.licence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import kz.reglament.identity.Bin;
import kz.reglament.registry.RegistrySystem;
import kz.reglament.registry.RegistryUnavailableException;
import kz.reglament.registry.shep.GatewayFailure;
import kz.reglament.registry.shep.ShepStandIn;
import kz.reglament.registry.shep.Xml;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

class ShepLicenceRegistryTest {

    static final Bin CLINIC = Bin.parse("150340012340");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 17);

    final ShepStandIn gateway = new ShepStandIn();
    final ShepLicenceRegistry registry = new ShepLicenceRegistry(gateway.client(), "ELICENSE");

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void findsALicenceByNumberAndHolderWithItsHistory() {
        gateway.answersData(response(licence("KZ-1", "ACTIVE", null,
                "<event><type>ISSUED</type><on>2020-06-01</on><caseReference>c1</caseReference></event>")));

        Licence licence = registry.find("KZ-1", CLINIC).orElseThrow();

        assertThat(licence).isEqualTo(new Licence("KZ-1", "150340012340", "MEDICAL_ACTIVITY",
                List.of("Амбулаториялық-емханалық көмек", "Зертханалық диагностика"), "aktobe", LicenceStatus.ACTIVE,
                LocalDate.of(2020, 6, 1), null,
                List.of(new LicenceEvent(LicenceEvent.Type.ISSUED, LocalDate.of(2020, 6, 1), "c1"))));
        Element request = Xml.path(gateway.lastRequestData(), "licenceRequest").orElseThrow();
        assertThat(Xml.text(request, "number")).contains("KZ-1");
        assertThat(Xml.text(request, "holder")).contains("150340012340");
    }

    @Test
    void noLicenceOrALicenceOfAnotherHolderIsNotFound() {
        gateway.answersData(response(""));
        assertThat(registry.find("KZ-1", CLINIC)).isEmpty();

        gateway.answersData(response(licence("KZ-1", "ACTIVE", null, "").replace("150340012340", "120540024683")));
        assertThat(registry.find("KZ-1", CLINIC)).isEmpty();
    }

    @Test
    void recordsAnIssueWithTheCaseAndTakesTheRegistrysNumber() {
        gateway.answersData(response(licence("KZ-77", "ACTIVE", null, "")));

        Licence issued = registry.recordIssue(CLINIC, "MEDICAL_ACTIVITY", List.of("A", "B"), "aktobe", TODAY,
                "case-1");

        assertThat(issued.number()).isEqualTo("KZ-77");
        Element request = Xml.path(gateway.lastRequestData(), "licenceIssueRequest").orElseThrow();
        assertThat(Xml.text(request, "caseReference")).contains("case-1");
        assertThat(Xml.text(request, "tenant")).contains("aktobe");
        assertThat(Xml.text(request, "issuedOn")).contains("2026-03-17");
        assertThat(Xml.children(Xml.child(request, "subtypes").orElseThrow(), "subtype")).hasSize(2);
    }

    @Test
    void recordsAReissueAndADuplicate() {
        gateway.answersData(response(licence("KZ-78", "ACTIVE", "KZ-1", "")));
        assertThat(registry.recordReissue("KZ-1", CLINIC, List.of("A"), TODAY, "case-2").supersedes())
                .isEqualTo("KZ-1");
        assertThat(Xml.path(gateway.lastRequestData(), "licenceReissueRequest", "number")).isPresent();

        gateway.answersData(response(licence("KZ-1", "ACTIVE", null, "")));
        assertThat(registry.recordDuplicate("KZ-1", CLINIC, TODAY, "case-3").number()).isEqualTo("KZ-1");
        assertThat(Xml.text(gateway.lastRequestData(), "licenceDuplicateRequest", "caseReference")).contains("case-3");
    }

    @Test
    void aRecordingAnsweredWithoutALicenceOrWithAnUnknownStatusIsUnavailable() {
        gateway.answersData(response(""));
        assertThatThrownBy(() -> registry.recordDuplicate("KZ-1", CLINIC, TODAY, "case-3"))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("no licence");

        gateway.answersData(response(licence("KZ-1", "LAPSED", null, "")));
        assertThatThrownBy(() -> registry.find("KZ-1", CLINIC)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("unknown status");
    }

    @ParameterizedTest
    @EnumSource(GatewayFailure.class)
    void everyFailureIsUnavailable(GatewayFailure failure) {
        failure.arrange(gateway);

        assertThatThrownBy(() -> registry.find("KZ-1", CLINIC)).isInstanceOf(RegistryUnavailableException.class)
                .extracting("system").isEqualTo(RegistrySystem.LICENSING);
    }

    static String response(String licence) {
        return "<licenceResponse>" + licence + "</licenceResponse>";
    }

    static String licence(String number, String status, String supersedes, String events) {
        return "<licence><number>" + number + "</number><holder>150340012340</holder>"
                + "<activityType>MEDICAL_ACTIVITY</activityType><subtypes><subtype>Амбулаториялық-емханалық көмек"
                + "</subtype><subtype>Зертханалық диагностика</subtype></subtypes><tenant>aktobe</tenant>"
                + "<status>" + status + "</status><issuedOn>2020-06-01</issuedOn>"
                + (supersedes == null ? "" : "<supersedes>" + supersedes + "</supersedes>")
                + "<history>" + events + "</history></licence>";
    }
}
