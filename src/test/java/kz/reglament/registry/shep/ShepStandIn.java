package kz.reglament.registry.shep;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.reglament.registry.RegistryProperties;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * A stand-in for the e-government gateway's synchronous channel on 127.0.0.1 and a random port. It answers as the
 * gateway does: a SendMessageResponse around a service's data, a SOAP fault, an HTTP error, a body that is not XML,
 * or nothing at all until the client gives up. It keeps the requests it received.
 */
public final class ShepStandIn implements AutoCloseable {

    public static final Duration READ_TIMEOUT = Duration.ofMillis(400);

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String body = "";
    private volatile boolean silent;

    public ShepStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException cannotListen) {
            throw new IllegalStateException(cannotListen);
        }
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/bip-sync/", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            if (silent) {
                awaitRelease();
            }
            byte[] answer = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml; charset=UTF-8");
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    public RegistryProperties.Shep settings() {
        return new RegistryProperties.Shep(URI.create("http://127.0.0.1:" + server.getAddress().getPort()
                + "/bip-sync/"), "REGLAMENT", "gateway-secret", "990240001234", Duration.ofSeconds(2), READ_TIMEOUT);
    }

    public ShepClient client() {
        return new ShepClient(settings());
    }

    /** Answers processed, with this XML as the service's {@code data}. */
    public ShepStandIn answersData(String dataXml) {
        return answers(200, envelope("<ns2:SendMessageResponse xmlns:ns2=\"http://bip.bee.kz/SyncChannel/v10/Types\">"
                + "<response><responseInfo><messageId>7d1f3c2e-0000-4000-8000-000000000001</messageId>"
                + "<responseDate>2026-03-17T10:00:00.000+05:00</responseDate>"
                + "<status><code>SCSS001</code><message>Message has been processed successfully</message></status>"
                + "</responseInfo><responseData><data>" + dataXml + "</data></responseData></response>"
                + "</ns2:SendMessageResponse>"));
    }

    /** Answers with a SOAP fault carrying the gateway's ErrorInfo, as the gateway does on its own failures. */
    public ShepStandIn answersFault(String errorCode, String errorMessage) {
        return answers(500, envelope("<soap:Fault><faultcode>soap:Server</faultcode><faultstring>" + errorMessage
                + "</faultstring><detail><ns2:SendMessageFault1_SendMessageFault"
                + " xmlns:ns2=\"http://bip.bee.kz/SyncChannel/v10/Types\"><errorCode>" + errorCode + "</errorCode>"
                + "<errorMessage>" + errorMessage + "</errorMessage></ns2:SendMessageFault1_SendMessageFault>"
                + "</detail></soap:Fault>"));
    }

    public ShepStandIn answers(int status, String body) {
        this.silent = false;
        this.status = status;
        this.body = body;
        return this;
    }

    /** Holds every request without answering, until closed: the client's read timeout decides. */
    public ShepStandIn staysSilent() {
        this.silent = true;
        return this;
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    /** The {@code data} element of the last request. */
    public Element lastRequestData() {
        try {
            Element envelope = Xml.parse(requests.get(requests.size() - 1)).getDocumentElement();
            return Xml.path(envelope, "Body", "SendMessage", "request", "requestData", "data").orElseThrow();
        } catch (SAXException unreadable) {
            throw new AssertionError(unreadable);
        }
    }

    public static String envelope(String bodyContent) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + bodyContent
                + "</soap:Body></soap:Envelope>";
    }

    private void awaitRelease() {
        try {
            released.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
