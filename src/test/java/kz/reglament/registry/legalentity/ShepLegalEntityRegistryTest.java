package kz.reglament.registry.legalentity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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

class ShepLegalEntityRegistryTest {

    static final Bin CLINIC = Bin.parse("150340012340");

    final ShepStandIn gateway = new ShepStandIn();
    final ShepLegalEntityRegistry registry = new ShepLegalEntityRegistry(gateway.client(), "GbdulInfoByBin_v2");

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void anOrganisationTheRegistryHoldsIsFoundWithItsNamesRegistrationAddressAndHead() {
        gateway.answersData(answer("002", """
                <Organization>
                  <BIN>150340012340</BIN>
                  <RegStatus><NameRu>Зарегистрирован</NameRu></RegStatus>
                  <RegistrationDate>2015-03-12+06:00</RegistrationDate>
                  <FullNameRu>ТОО «Актобе Денсаулык»</FullNameRu>
                  <FullNameKz>«Ақтөбе Денсаулық» ЖШС</FullNameKz>
                  <OrganizationLeader><IIN>780514301231</IIN><SurName>Сейткали</SurName><Name>Ерлан</Name>
                    <MiddleName>Маратұлы</MiddleName></OrganizationLeader>
                  <Address><DistrictRu>Актюбинская область</DistrictRu><CityRu>Актобе</CityRu>
                    <StreetRu>Проспект Абая</StreetRu><BuildingNumber>12</BuildingNumber></Address>
                </Organization>"""));

        LegalEntityLookup lookup = registry.findLegalEntity(CLINIC);

        assertThat(lookup).isEqualTo(new LegalEntityLookup.Found(new LegalEntity("150340012340",
                "«Ақтөбе Денсаулық» ЖШС", "ТОО «Актобе Денсаулык»", LocalDate.of(2015, 3, 12),
                LegalEntityStatus.REGISTERED, "Актюбинская область, Актобе, Проспект Абая, 12", "780514301231",
                "Сейткали Ерлан Маратұлы")));
        Element request = Xml.firstElement(gateway.lastRequestData()).orElseThrow();
        assertThat(request.getNamespaceURI()).isEqualTo("http://gbdulinfobybin_v2.egp.gbdul.tamur.kz");
        assertThat(Xml.text(request, "BIN")).contains("150340012340");
        assertThat(Xml.text(request, "RequestorBIN")).contains("990240001234");
    }

    @Test
    void theActualAddressIsPreferredAndALiquidationIsTheStatus() {
        gateway.answersData(answer("002", "<Organization><BIN>150340012340</BIN>"
                + "<RegistrationDate>2015-03-12</RegistrationDate><FullNameRu>ТОО</FullNameRu>"
                + "<Liquidation><LiqDate>2024-01-01</LiqDate></Liquidation>"
                + "<StatCommInfo><AddressFact><NameRu>город Актобе, проспект Абая, 12</NameRu></AddressFact>"
                + "</StatCommInfo></Organization>"));

        LegalEntity entity = ((LegalEntityLookup.Found) registry.findLegalEntity(CLINIC)).legalEntity();

        assertThat(entity.status()).isEqualTo(LegalEntityStatus.LIQUIDATED);
        assertThat(entity.address()).isEqualTo("город Актобе, проспект Абая, 12");
        assertThat(entity.nameKk()).isNull();
        assertThat(entity.headIin()).isNull();
        assertThat(entity.headFullName()).isNull();
    }

    @Test
    void aProcessedAnswerWithoutAnOrganisationIsNotFound() {
        gateway.answersData(answer("002", ""));

        assertThat(registry.findLegalEntity(CLINIC)).isEqualTo(new LegalEntityLookup.NotFound());
    }

    @Test
    void anUnknownStatusIsUnavailableNotNotFound() {
        gateway.answersData(answer("004", ""));

        assertThatThrownBy(() -> registry.findLegalEntity(CLINIC)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("status 004");
    }

    @Test
    void anOrganisationOtherThanTheOneAskedForIsUnavailable() {
        gateway.answersData(answer("002", "<Organization><BIN>120540024683</BIN>"
                + "<RegistrationDate>2012-05-01</RegistrationDate><FullNameRu>ТОО</FullNameRu></Organization>"));

        assertThatThrownBy(() -> registry.findLegalEntity(CLINIC)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("other than the one asked for");
    }

    @ParameterizedTest
    @EnumSource(GatewayFailure.class)
    void everyFailureIsUnavailable(GatewayFailure failure) {
        failure.arrange(gateway);

        assertThatThrownBy(() -> registry.findLegalEntity(CLINIC)).isInstanceOf(RegistryUnavailableException.class)
                .extracting("system").isEqualTo(RegistrySystem.LEGAL_ENTITIES);
    }

    static String answer(String status, String organization) {
        return "<ns3:responseDataType xmlns:ns3=\"http://gbdulinfobybin_v2.egp.gbdul.tamur.kz\"><Status><Code>"
                + status + "</Code><NameRu>Запрос обработан</NameRu></Status>" + organization
                + "</ns3:responseDataType>";
    }
}
