package kz.reglament.registry.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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

class ShepPersonRegistryTest {

    static final Iin HEAD = Iin.parse("780514301231");

    final ShepStandIn gateway = new ShepStandIn();
    final ShepPersonRegistry registry = new ShepPersonRegistry(gateway.client(), "GBDFLUniversal");

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void aPersonTheRegistryHoldsIsFoundWithNamesBirthDateStatusAndAddress() {
        gateway.answersData(processed("""
                <persons><person>
                  <iin>780514301231</iin><surname>Сейткали</surname><name>Ерлан</name><patronymic>Маратұлы</patronymic>
                  <birthDate>1978-05-14</birthDate><deathDate></deathDate>
                  <lifeStatus><code>0</code><nameRu>Нормальный</nameRu></lifeStatus>
                  <regAddress><country><code>398</code></country><region><nameRu>АКТЮБИНСКАЯ ОБЛАСТЬ</nameRu></region>
                    <district><nameRu>Г.АКТОБЕ</nameRu></district><city>-</city><street>ПР. АБАЯ</street>
                    <building>12</building><flat>5</flat></regAddress>
                </person></persons>"""));

        PersonLookup lookup = registry.findPerson(HEAD);

        assertThat(lookup).isEqualTo(new PersonLookup.Found(new Person("780514301231", "Сейткали", "Ерлан",
                "Маратұлы", LocalDate.of(1978, 5, 14), PersonStatus.LIVING,
                "АКТЮБИНСКАЯ ОБЛАСТЬ, Г.АКТОБЕ, ПР. АБАЯ, 12, 5")));
        assertThat(Xml.text(gateway.lastRequestData(), "iin")).contains("780514301231");
        assertThat(Xml.text(gateway.lastRequestData(), "senderCode")).contains("990240001234");
    }

    @Test
    void aPersonWithADeathDateIsDeceased() {
        gateway.answersData(processed("<persons><person><iin>780514301231</iin><surname>С</surname><name>Е</name>"
                + "<birthDate>1978-05-14+06:00</birthDate><deathDate>2025-01-02</deathDate></person></persons>"));

        Person person = ((PersonLookup.Found) registry.findPerson(HEAD)).person();

        assertThat(person.status()).isEqualTo(PersonStatus.DECEASED);
        assertThat(person.patronymic()).isNull();
        assertThat(person.address()).isNull();
        assertThat(person.fullName()).isEqualTo("С Е");
    }

    @Test
    void aProcessedAnswerWithoutAPersonIsNotFound() {
        gateway.answersData(processed("<persons/>"));

        assertThat(registry.findPerson(HEAD)).isEqualTo(new PersonLookup.NotFound());
    }

    @Test
    void aResultCodeOtherThanProcessedIsUnavailableNotNotFound() {
        gateway.answersData("<messageResult><code>00010</code><nameRu>Ошибка обработки</nameRu></messageResult>");

        assertThatThrownBy(() -> registry.findPerson(HEAD)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("result 00010");
    }

    @Test
    void anAnswerAboutSomeoneElseIsUnavailable() {
        gateway.answersData(processed("<persons><person><iin>901102456780</iin><surname>Н</surname><name>А</name>"
                + "<birthDate>1990-11-02</birthDate></person></persons>"));

        assertThatThrownBy(() -> registry.findPerson(HEAD)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("other than the one asked for").hasMessageNotContaining("901102456780");
    }

    @Test
    void aPersonWithoutABirthDateIsUnavailable() {
        gateway.answersData(processed("<persons><person><iin>780514301231</iin><surname>С</surname><name>Е</name>"
                + "<birthDate>unknown</birthDate></person></persons>"));

        assertThatThrownBy(() -> registry.findPerson(HEAD)).isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("birthDate");
    }

    @ParameterizedTest
    @EnumSource(GatewayFailure.class)
    void everyFailureIsUnavailable(GatewayFailure failure) {
        failure.arrange(gateway);

        assertThatThrownBy(() -> registry.findPerson(HEAD)).isInstanceOf(RegistryUnavailableException.class)
                .extracting("system").isEqualTo(RegistrySystem.PERSONS);
    }

    @Test
    void remoteModeNeedsAServiceId() {
        assertThatThrownBy(() -> new ShepPersonRegistry(gateway.client(), " "))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("persons.service-id");
    }

    static String processed(String persons) {
        return "<messageId>m1</messageId><messageResult><code>00000</code>"
                + "<nameRu>Сообщение успешно обработано</nameRu></messageResult>" + persons;
    }
}
