package kz.reglament.registry.shep;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import kz.reglament.registry.RegistryProperties;
import kz.reglament.registry.RegistrySystem;
import kz.reglament.registry.RegistryUnavailableException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * The e-government gateway's (ШЭП) synchronous channel: one SOAP 1.1 operation, {@code SendMessage}, that carries
 * any connected service's payload.
 *
 * <pre>
 * SendMessage (http://bip.bee.kz/SyncChannel/v10/Types)
 *   request
 *     requestInfo: messageId, serviceId, messageDate, sender (senderId, password)
 *     requestData
 *       data: the service's own request
 * SendMessageResponse
 *   response
 *     responseInfo: messageId, responseDate, status (code, message)
 *     responseData
 *       data: the service's own answer
 * </pre>
 *
 * A failure of the gateway comes as a SOAP fault whose detail is an {@code ErrorInfo} (errorCode, errorMessage).
 * Whatever keeps the service from reading the service's answer (timeout, refused connection, an HTTP error, a fault,
 * a status other than success, XML that is not this envelope) is {@link RegistryUnavailableException}; deciding what
 * the answer means is the adapter's.
 */
public class ShepClient {

    public static final String SYNC_CHANNEL_NAMESPACE = "http://bip.bee.kz/SyncChannel/v10/Types";
    public static final String SOAP_NAMESPACE = "http://schemas.xmlsoap.org/soap/envelope/";
    private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    private final RegistryProperties.Shep settings;
    private final HttpClient http;

    public ShepClient(RegistryProperties.Shep settings) {
        if (settings.endpoint() == null || settings.endpoint().toString().isBlank()) {
            throw new IllegalStateException("A registry is configured as remote, but reglament.registry.shep.endpoint"
                    + " is not set");
        }
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public String requestorBin() {
        return settings.requestorBin();
    }

    /**
     * Sends one request to a service and returns the root element of its answer's {@code data}.
     *
     * @param writeData fills the request's {@code data} element with the service's payload
     */
    public Element send(RegistrySystem system, String serviceId, Consumer<Element> writeData) {
        String body = Xml.write(envelope(serviceId, writeData));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.endpoint().toString()))
                .timeout(settings.readTimeout())
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException timeout) {
            throw new RegistryUnavailableException(system, "no answer from the gateway within "
                    + readable(settings.readTimeout()), timeout);
        } catch (IOException failure) {
            throw new RegistryUnavailableException(system, "cannot reach the gateway: " + failure, failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new RegistryUnavailableException(system, "interrupted while waiting for the gateway", interrupted);
        }
        return dataOf(system, response);
    }

    private Document envelope(String serviceId, Consumer<Element> writeData) {
        Document document = Xml.newDocument();
        Element envelope = document.createElementNS(SOAP_NAMESPACE, "soap:Envelope");
        document.appendChild(envelope);
        envelope.appendChild(document.createElementNS(SOAP_NAMESPACE, "soap:Header"));
        Element body = document.createElementNS(SOAP_NAMESPACE, "soap:Body");
        envelope.appendChild(body);
        Element sendMessage = document.createElementNS(SYNC_CHANNEL_NAMESPACE, "ns2:SendMessage");
        body.appendChild(sendMessage);
        Element request = Xml.append(sendMessage, "request", null);
        Element requestInfo = Xml.append(request, "requestInfo", null);
        Xml.append(requestInfo, "messageId", UUID.randomUUID());
        Xml.append(requestInfo, "serviceId", serviceId);
        Xml.append(requestInfo, "messageDate", OffsetDateTime.now(KAZAKHSTAN)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        Element sender = Xml.append(requestInfo, "sender", null);
        Xml.append(sender, "senderId", settings.senderId());
        Xml.append(sender, "password", settings.password());
        Element requestData = Xml.append(request, "requestData", null);
        writeData.accept(Xml.append(requestData, "data", null));
        return document;
    }

    private static Element dataOf(RegistrySystem system, HttpResponse<byte[]> response) {
        Document document;
        try {
            document = Xml.parse(response.body());
        } catch (SAXException unreadable) {
            throw new RegistryUnavailableException(system, "the gateway answered HTTP " + response.statusCode()
                    + " with a body that is not XML", unreadable);
        }
        Element body = Xml.child(document.getDocumentElement(), "Body").orElse(null);
        if (!"Envelope".equals(document.getDocumentElement().getLocalName()) || body == null) {
            throw new RegistryUnavailableException(system, "the gateway answered HTTP " + response.statusCode()
                    + " with XML that is not a SOAP envelope");
        }
        Optional<Element> fault = Xml.child(body, "Fault");
        if (fault.isPresent()) {
            throw new RegistryUnavailableException(system, "the gateway answered with a SOAP fault: "
                    + describe(fault.get()));
        }
        if (response.statusCode() / 100 != 2) {
            throw new RegistryUnavailableException(system, "the gateway answered HTTP " + response.statusCode());
        }
        Element answer = Xml.path(body, "SendMessageResponse", "response").orElseThrow(() ->
                new RegistryUnavailableException(system, "the gateway's answer has no SendMessageResponse/response"));
        String status = Xml.text(answer, "responseInfo", "status", "code").orElse("");
        if (!status.startsWith("SCSS")) {
            throw new RegistryUnavailableException(system, "the gateway answered with status '" + status + "': "
                    + Xml.text(answer, "responseInfo", "status", "message").orElse("(no message)"));
        }
        Element data = Xml.path(answer, "responseData", "data").orElseThrow(() ->
                new RegistryUnavailableException(system, "the gateway's answer has no responseData/data"));
        return payload(system, data);
    }

    /** Services put their answer in {@code data} either as elements or as an escaped XML string. */
    private static Element payload(RegistrySystem system, Element data) {
        Optional<Element> element = Xml.firstElement(data);
        if (element.isPresent()) {
            return data;
        }
        String text = data.getTextContent().trim();
        if (text.isEmpty()) {
            throw new RegistryUnavailableException(system, "the service's answer is empty");
        }
        try {
            Element root = Xml.parse(text).getDocumentElement();
            Element wrapper = root.getOwnerDocument().createElementNS(null, "data");
            root.getOwnerDocument().replaceChild(wrapper, root);
            wrapper.appendChild(root);
            return wrapper;
        } catch (SAXException unreadable) {
            throw new RegistryUnavailableException(system, "the service's answer in data is not XML", unreadable);
        }
    }

    private static String describe(Element fault) {
        String code = Xml.text(fault, "faultcode").orElse("?");
        String text = Xml.text(fault, "faultstring").orElse("");
        String errorCode = Xml.path(fault, "detail").flatMap(Xml::firstElement)
                .flatMap(errorInfo -> Xml.text(errorInfo, "errorCode")).orElse(null);
        return code + " " + text + (errorCode == null ? "" : " (errorCode " + errorCode + ")");
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }
}
