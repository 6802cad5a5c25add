package kz.reglament.registry.shep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;
import kz.reglament.registry.RegistryProperties;
import kz.reglament.registry.RegistrySystem;
import kz.reglament.registry.RegistryUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

class ShepClientTest {

    final ShepStandIn gateway = new ShepStandIn();
    final ShepClient client = gateway.client();

    @AfterEach
    void stop() {
        gateway.close();
    }

    @Test
    void sendsSendMessageWithRequestInfoAndTheServicePayloadInData() throws Exception {
        gateway.answersData("<answer>yes</answer>");

        client.send(RegistrySystem.PERSONS, "GBDFLUniversal", data -> Xml.append(data, "iin", "780514301231"));

        Element envelope = Xml.parse(gateway.requests().get(0)).getDocumentElement();
        assertThat(envelope.getNamespaceURI()).isEqualTo(ShepClient.SOAP_NAMESPACE);
        assertThat(envelope.getLocalName()).isEqualTo("Envelope");
        Element sendMessage = Xml.path(envelope, "Body", "SendMessage").orElseThrow();
        assertThat(sendMessage.getNamespaceURI()).isEqualTo("http://bip.bee.kz/SyncChannel/v10/Types");
        Element info = Xml.path(sendMessage, "request", "requestInfo").orElseThrow();
        assertThat(UUID.fromString(Xml.text(info, "messageId").orElseThrow())).isNotNull();
        assertThat(Xml.text(info, "serviceId")).contains("GBDFLUniversal");
        assertThat(OffsetDateTime.parse(Xml.text(info, "messageDate").orElseThrow()).getOffset().getTotalSeconds())
                .isEqualTo(5 * 3600);
        assertThat(Xml.text(info, "sender", "senderId")).contains("REGLAMENT");
        assertThat(Xml.text(info, "sender", "password")).contains("gateway-secret");
        assertThat(Xml.text(gateway.lastRequestData(), "iin")).contains("780514301231");
    }

    @Test
    void returnsTheServiceAnswerFromResponseData() {
        gateway.answersData("<answer><value>42</value></answer>");

        Element data = client.send(RegistrySystem.PERSONS, "GBDFLUniversal", request -> { });

        assertThat(Xml.text(data, "answer", "value")).contains("42");
    }

    @Test
    void readsAServiceAnswerSentAsAnEscapedXmlString() {
        gateway.answersData("&lt;answer&gt;&lt;value&gt;42&lt;/value&gt;&lt;/answer&gt;");

        Element data = client.send(RegistrySystem.PERSONS, "GBDFLUniversal", request -> { });

        assertThat(Xml.text(data, "answer", "value")).contains("42");
    }

    @Test
    void aTimeoutNamesTheSystemAndTheWaitButNotTheQuestion() {
        gateway.staysSilent();

        assertThatThrownBy(() -> client.send(RegistrySystem.LEGAL_ENTITIES, "GbdulInfoByBin_v2",
                data -> Xml.append(data, "BIN", "150340012340")))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageStartingWith("ЗТ МДҚ")
                .hasMessageContaining("no answer from the gateway within 400 ms")
                .hasMessageNotContaining("150340012340")
                .extracting("system").isEqualTo(RegistrySystem.LEGAL_ENTITIES);
    }

    @Test
    void aGatewayThatIsDownIsUnavailable() {
        ShepClient toNowhere = client;
        gateway.close();

        assertThatThrownBy(() -> toNowhere.send(RegistrySystem.PERSONS, "GBDFLUniversal", data -> { }))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("cannot reach the gateway");
    }

    @Test
    void aSoapFaultGivesTheFaultAndTheGatewayErrorCode() {
        gateway.answersFault("SE_AUTH", "Sender is not authorized");

        assertThatThrownBy(() -> client.send(RegistrySystem.PERSONS, "GBDFLUniversal", data -> { }))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("SOAP fault").hasMessageContaining("Sender is not authorized")
                .hasMessageContaining("errorCode SE_AUTH");
    }

    @Test
    void anHttpErrorWithAnEnvelopeButNoFaultIsUnavailable() {
        gateway.answers(502, ShepStandIn.envelope(""));

        assertThatThrownBy(() -> client.send(RegistrySystem.PERSONS, "GBDFLUniversal", data -> { }))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("HTTP 502");
    }

    @Test
    void aStatusOtherThanProcessedIsUnavailable() {
        GatewayFailure.NOT_PROCESSED.arrange(gateway);

        assertThatThrownBy(() -> client.send(RegistrySystem.PAYMENTS, "payments", data -> { }))
                .isInstanceOf(RegistryUnavailableException.class)
                .hasMessageContaining("status 'ERR005': Service is blocked");
    }

    @Test
    void anAnswerWithADoctypeIsRefusedRatherThanExpanded() {
        gateway.answers(200, "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + ShepStandIn.envelope("&x;"));

        assertThatThrownBy(() -> client.send(RegistrySystem.PERSONS, "GBDFLUniversal", data -> { }))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageContaining("not XML");
    }

    @ParameterizedTest
    @EnumSource(value = GatewayFailure.class, names = "PAYLOAD_OF_ANOTHER_SHAPE", mode = EnumSource.Mode.EXCLUDE)
    void everyFailureOfTheGatewayIsUnavailable(GatewayFailure failure) {
        failure.arrange(gateway);

        assertThatThrownBy(() -> client.send(RegistrySystem.NOTARY, "notary", data -> { }))
                .isInstanceOf(RegistryUnavailableException.class).hasMessageStartingWith("БНАЖ");
    }

    @Test
    void aRemoteRegistryWithoutTheGatewayAddressDoesNotStart() {
        var settings = new RegistryProperties.Shep(null, "id", "pw", null, Duration.ofSeconds(1),
                Duration.ofSeconds(1));

        assertThatThrownBy(() -> new ShepClient(settings)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("reglament.registry.shep.endpoint");
    }
}
