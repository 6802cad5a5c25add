package kz.reglament.licence.aktobe;

import java.util.List;
import java.util.Map;
import kz.reglament.client.ApiClient;
import kz.reglament.client.ApiClients;
import kz.reglament.support.SignedApplications;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;

/** A portal client of the Aktobe medical licence, submitting applications signed by the clinic's head. */
final class PortalSubmissions {

    static final String KEY = "test-portal-key-aktobe-medical-licence";

    private final TestRestTemplate rest;

    PortalSubmissions(TestRestTemplate rest, ApiClients clients) {
        this.rest = rest;
        clients.register(ApiClients.sha256(KEY), new ApiClient("aktobe-licence-portal", List.of("aktobe"),
                List.of("medical-licence"), 1000));
    }

    /** Submits a signed application for the clinic; returns the created application (id, number, status). */
    Map<String, Object> submit(String subService, String formJson) {
        String application = """
                {"applicant":{"bin":"%s"},"form":%s}""".formatted(LicenceCases.CLINIC_BIN, formJson);
        String body = """
                {"tenant":"aktobe","service":"medical-licence","subService":"%s","channel":"portal",
                 "signature":"%s","documents":[]}""".formatted(subService,
                SignedApplications.signedByLegalEntityHead(application));
        ResponseEntity<Map<String, Object>> response = rest.exchange(RequestEntity.post("/api/v1/applications")
                .header("X-API-Key", KEY).header(HttpHeaders.ACCEPT_LANGUAGE, "kk")
                .contentType(MediaType.APPLICATION_JSON).body(body), new ParameterizedTypeReference<>() { });
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("submission refused: " + response.getBody());
        }
        return response.getBody();
    }

    Map<String, Object> get(String path) {
        return rest.exchange(RequestEntity.get(path).header("X-API-Key", KEY).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .build(), new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
    }

    ResponseEntity<Map<String, Object>> post(String path, String json) {
        return rest.exchange(RequestEntity.post(path).header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .body(json), new ParameterizedTypeReference<>() { });
    }

    byte[] bytes(String path) {
        return rest.exchange(RequestEntity.get(path).header("X-API-Key", KEY).build(), byte[].class).getBody();
    }
}
