package kz.reglament.licence.westkazakhstan;

import java.util.List;
import java.util.Map;
import kz.reglament.client.ApiClient;
import kz.reglament.client.ApiClients;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.SignedApplications;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/** A portal submitting West Kazakhstan licence applications of the demo clinic, signed by its first head. */
final class PortalSubmissions {

    static final String KEY = "test-portal-key-west-kazakhstan";

    private PortalSubmissions() {
    }

    static void register(ApiClients clients) {
        clients.register(ApiClients.sha256(KEY), new ApiClient("wko-portal", List.of("west-kazakhstan"),
                List.of("medical-licence"), 1000));
    }

    static ResponseEntity<Map<String, Object>> submit(TestRestTemplate rest, String subService, String formJson) {
        String application = """
                {"applicant":{"bin":"%s"},"form":%s}""".formatted(DemoPki.LEGAL_ENTITY_BIN, formJson);
        String body = """
                {"tenant":"west-kazakhstan","service":"medical-licence","subService":"%s","channel":"portal",
                 "signature":"%s","documents":[]}""".formatted(subService,
                SignedApplications.signedByLegalEntityHead(application));
        return rest.exchange(RequestEntity.post("/api/v1/applications").header("X-API-Key", KEY)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "kk").contentType(MediaType.APPLICATION_JSON).body(body),
                new ParameterizedTypeReference<>() { });
    }

    static ResponseEntity<Map<String, Object>> get(TestRestTemplate rest, String path) {
        return rest.exchange(RequestEntity.get(path).header("X-API-Key", KEY).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .build(), new ParameterizedTypeReference<>() { });
    }
}
