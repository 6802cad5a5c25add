package kz.reglament.registry.shep;

import java.util.function.Consumer;

/** The ways the gateway fails to give an answer, each of which must make a registry unavailable, never a refusal. */
public enum GatewayFailure {
    TIMEOUT(ShepStandIn::staysSilent),
    SERVER_ERROR(standIn -> standIn.answers(503, "<html><body>Service Temporarily Unavailable</body></html>")),
    BAD_GATEWAY_WITHOUT_BODY(standIn -> standIn.answers(502, "")),
    SOAP_FAULT(standIn -> standIn.answersFault("SE_SERVICE_UNAVAILABLE", "Service is not available")),
    NOT_XML(standIn -> standIn.answers(200, "{\"status\":\"ok\"}")),
    TRUNCATED_XML(standIn -> standIn.answers(200, ShepStandIn.envelope("<ns2:SendMessageResponse")
            .substring(0, 90))),
    NOT_AN_ENVELOPE(standIn -> standIn.answers(200, "<html><body>Gateway login</body></html>")),
    NOT_PROCESSED(standIn -> standIn.answers(200, ShepStandIn.envelope(
            "<ns2:SendMessageResponse xmlns:ns2=\"http://bip.bee.kz/SyncChannel/v10/Types\"><response>"
                    + "<responseInfo><status><code>ERR005</code><message>Service is blocked</message></status>"
                    + "</responseInfo><responseData><data/></responseData></response></ns2:SendMessageResponse>"))),
    EMPTY_DATA(standIn -> standIn.answersData("")),
    PAYLOAD_OF_ANOTHER_SHAPE(standIn -> standIn.answersData("<unexpected><thing>1</thing></unexpected>"));

    private final Consumer<ShepStandIn> arrange;

    GatewayFailure(Consumer<ShepStandIn> arrange) {
        this.arrange = arrange;
    }

    public void arrange(ShepStandIn standIn) {
        arrange.accept(standIn);
    }
}
