package kz.reglament.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.reglament.client.ApiClient;
import kz.reglament.client.ApiClients;
import kz.reglament.document.DocumentDigests;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.SignedApplications;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/** The portal API over real HTTP: every endpoint, and every refusal as problem+json. */
@ServiceTest
class ApplicationApiTest {

    static final String PORTAL_KEY = "test-portal-key-aktobe";
    static final String OTHER_PORTAL_KEY = "test-portal-key-other";
    static final String SLOW_PORTAL_KEY = "test-portal-key-slow";
    static final String APPLICATION = """
            {"applicant":{"iin":"%s"},"form":{"activityType":"Стоматология","address":"Ақтөбе, Абай 1","beds":12}}"""
            .formatted(DemoPki.APPLICANT_IIN);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApiClients clients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;

    @BeforeEach
    void portals() {
        clients.register(ApiClients.sha256(PORTAL_KEY), new ApiClient("test-portal", List.of("aktobe"),
                List.of("fixture-licence"), 1000));
        clients.register(ApiClients.sha256(OTHER_PORTAL_KEY), new ApiClient("other-portal", List.of("zhambyl"),
                List.of("fixture-licence"), 1000));
        clients.register(ApiClients.sha256(SLOW_PORTAL_KEY), new ApiClient("slow-portal", List.of("aktobe"),
                List.of("fixture-licence"), 2));
    }

    @Test
    void theCatalogueComesFromTheDeployedProcessAndItsLegalIdentity() {
        Map<String, Object> service = get(PORTAL_KEY, "/api/v1/services/fixture-licence", "ru").getBody();

        assertThat(service).containsEntry("id", "fixture-licence");
        assertThat(service.get("name").toString()).contains("ru=Тестовая лицензия");
        List<Map<String, Object>> subServices = (List<Map<String, Object>>) service.get("subServices");
        assertThat(subServices).singleElement().satisfies(subService -> {
            assertThat(subService).containsEntry("id", "issue").containsEntry("tenant", "aktobe")
                    .containsEntry("processKey", "fixture-licence-application").containsEntry("term", "15 working days")
                    .containsEntry("fee", "6 MCI").containsEntry("withdrawalAllowed", true);
            assertThat(subService.get("channels")).isEqualTo(List.of("portal", "office"));
            assertThat(subService.get("documents")).isEqualTo(List.of("Application form", "Copy of the premises lease"));
            assertThat((Map<String, Object>) subService.get("regulation")).containsEntry("registration", "4541");
        });
    }

    @Test
    void aSignedSubmissionBecomesACaseWithItsDocumentsAndARetryReturnsTheSameCase() {
        Map<String, Object> document = upload(PORTAL_KEY, "lease.pdf", MediaType.APPLICATION_PDF,
                "%PDF-1.4 lease".getBytes()).getBody();
        String key = UUID.randomUUID().toString();
        String body = submission(SignedApplications.signedByApplicant(APPLICATION), null, (String) document.get("id"));

        ResponseEntity<Map<String, Object>> first = submit(PORTAL_KEY, key, body, "ru");
        ResponseEntity<Map<String, Object>> retried = submit(PORTAL_KEY, key, body, "ru");

        assertThat(first.getStatusCode()).as(String.valueOf(first.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(retried.getBody().get("id")).isEqualTo(first.getBody().get("id"));
        assertThat(first.getHeaders().getLocation().toString()).endsWith("/api/v1/applications/" + first.getBody().get("id"));
        assertThat((Map<String, Object>) first.getBody().get("status")).containsEntry("code", "SUBMITTED")
                .containsEntry("label", "Заявление подано");
        assertThat((List<Map<String, Object>>) first.getBody().get("currentSteps")).singleElement()
                .satisfies(step -> assertThat(step).containsEntry("id", "Task_VerifySignature")
                        .containsEntry("name", "Проверка ЭЦП"));
        checkSignature((String) first.getBody().get("number"));
        assertThat((List<Map<String, Object>>) get(PORTAL_KEY, "/api/v1/applications/" + first.getBody().get("id"),
                "ru").getBody().get("currentSteps")).singleElement().satisfies(step -> assertThat(step)
                .containsEntry("id", "Task_Register").containsEntry("name", "Приём и регистрация документов")
                .containsKey("dueAt"));
        assertThat((List<Map<String, Object>>) first.getBody().get("documents")).extracting(d -> d.get("fileName"))
                .contains("lease.pdf", "application.p7s");
        String number = (String) first.getBody().get("number");
        String clerk = StaffUsers.member(identityService, "api.aktobe.clerk", "aktobe.office-clerk");
        Map<String, Object> worklist = rest.withBasicAuth(clerk, StaffUsers.PASSWORD).exchange(RequestEntity
                .get("/api/v1/worklist?maxResults=200").header(HttpHeaders.ACCEPT_LANGUAGE, "ru").build(),
                new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
        assertThat((List<Map<String, Object>>) worklist.get("tasks"))
                .filteredOn(task -> Map.of("id", first.getBody().get("id"), "number", number)
                        .equals(task.get("application")))
                .singleElement().satisfies(task -> assertThat(task).containsEntry("step", "Task_Register")
                        .containsEntry("name", "Приём и регистрация документов"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).count()).isEqualTo(1);
        assertThat(runtimeService.getVariable(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(number).singleResult().getId(), "activityType")).isEqualTo("Стоматология");

        ResponseEntity<Map<String, Object>> reused = submit(PORTAL_KEY, key,
                submission(SignedApplications.signedByApplicant(APPLICATION.replace("12", "13")), null), "en");
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getBody()).containsEntry("reason", "IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aDetachedSignatureOverTheApplicationIsAcceptedToo() {
        ResponseEntity<Map<String, Object>> submitted = submit(PORTAL_KEY, null, submission(
                SignedApplications.detachedSignatureByApplicant(APPLICATION), SignedApplications.base64(APPLICATION)),
                "kk");

        assertThat(submitted.getStatusCode()).as(String.valueOf(submitted.getBody())).isEqualTo(HttpStatus.CREATED);
        assertThat((Map<String, Object>) submitted.getBody().get("status")).containsEntry("label", "Өтініш жіберілді");
    }

    @Test
    void aCaseIsFollowedThroughItsStatusesAndAnExternalBodysAnswer() {
        Map<String, Object> submitted = submit(PORTAL_KEY, null,
                submission(SignedApplications.signedByApplicant(APPLICATION), null), "en").getBody();
        String id = (String) submitted.get("id");
        String instance = checkSignature((String) submitted.get("number"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());

        Map<String, Object> waiting = get(PORTAL_KEY, "/api/v1/applications/" + id, "en").getBody();
        assertThat((Map<String, Object>) waiting.get("status")).containsEntry("code", "WAITING_FOR_EXTERNAL_BODY")
                .containsEntry("label", "Waiting for an external body");
        assertThat((List<Map<String, Object>>) waiting.get("history")).extracting(step -> step.get("name"))
                .contains("Receive and register the documents");

        ResponseEntity<Map<String, Object>> wrong = post(PORTAL_KEY, "/api/v1/applications/" + id
                + "/external-answers", "{\"message\":\"SomethingElse\",\"answer\":{}}");
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(wrong.getBody()).containsEntry("reason", "NOT_WAITING_FOR_ANSWER");

        ResponseEntity<Map<String, Object>> answered = post(PORTAL_KEY, "/api/v1/applications/" + id
                + "/external-answers", "{\"message\":\"AgreementAnswer\",\"answer\":{\"compliant\":\"true\"}}");
        assertThat(answered.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(runtimeService.getVariable(instance, "AgreementAnswer_compliant")).isEqualTo("true");
        assertThat((Map<String, Object>) get(PORTAL_KEY, "/api/v1/applications/" + id, "en").getBody().get("status"))
                .containsEntry("code", "UNDER_REVIEW");

        ResponseEntity<Map<String, Object>> late = post(PORTAL_KEY, "/api/v1/applications/" + id
                + "/external-answers", "{\"message\":\"AgreementAnswer\",\"answer\":{\"compliant\":\"false\"}}");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
        Map<String, Object> issued = get(PORTAL_KEY, "/api/v1/applications/" + id, "kk").getBody();
        assertThat((Map<String, Object>) issued.get("status")).containsEntry("code", "ISSUED")
                .containsEntry("label", "Нәтиже берілді");
        assertThat((Map<String, Object>) issued.get("result")).containsEntry("link", "/api/v1/applications/" + id
                + "/result");
        byte[] licence = rest.exchange(RequestEntity.get("/api/v1/applications/" + id + "/result")
                .header("X-API-Key", PORTAL_KEY).build(), byte[].class).getBody();
        byte[] signature = rest.exchange(RequestEntity.get("/api/v1/applications/" + id + "/result/signature")
                .header("X-API-Key", PORTAL_KEY).build(), byte[].class).getBody();
        assertThat(new String(licence, java.nio.charset.StandardCharsets.UTF_8)).contains("Лицензия")
                .contains((String) issued.get("number")).contains("Стоматология");
        assertThat(get(PORTAL_KEY, "/api/v1/applications/" + id + "/result/verification", "en").getBody())
                .containsEntry("intact", true).containsEntry("trusted", true).containsEntry("reason", "VALID")
                .containsKey("signedBy").containsKey("signedAt");

        Map<String, Object> anyone = verifyPublicly(licence, signature);
        assertThat(anyone).containsEntry("intact", true).containsEntry("trusted", true);
        byte[] forged = new String(licence, java.nio.charset.StandardCharsets.UTF_8).replace("Стоматология",
                "Хирургия").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(verifyPublicly(forged, signature)).containsEntry("intact", false);
    }

    @Test
    void aSignatureThatFailsInTheCaseEndsItWithTheRefusal() {
        Map<String, Object> submitted = submit(PORTAL_KEY, null,
                submission(SignedApplications.signedByApplicant(APPLICATION), null), "en").getBody();
        String instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey((String) submitted.get("number")).singleResult().getId();
        // The applicant's IIN changes hands between submission and the check: the signer no longer matches.
        runtimeService.setVariable(instance, "applicantId", DemoPki.LEGAL_ENTITY_HEAD_IIN);

        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult()
                .getId());

        assertThat((Map<String, Object>) get(PORTAL_KEY, "/api/v1/applications/" + submitted.get("id"), "en")
                .getBody().get("status")).containsEntry("code", "REFUSED");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    @Test
    void anApplicantWithdrawsAndTheCaseEnds() {
        Map<String, Object> submitted = submit(PORTAL_KEY, null,
                submission(SignedApplications.signedByApplicant(APPLICATION), null), "ru").getBody();

        checkSignature((String) submitted.get("number"));
        ResponseEntity<Map<String, Object>> withdrawn = post(PORTAL_KEY, "/api/v1/applications/" + submitted.get("id")
                + "/withdrawal", "{\"reason\":\"changed my mind\"}");

        assertThat((Map<String, Object>) withdrawn.getBody().get("status")).containsEntry("code", "WITHDRAWN");
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey((String) submitted.get("number")).count()).isZero();
        ResponseEntity<Map<String, Object>> again = post(PORTAL_KEY, "/api/v1/applications/" + submitted.get("id")
                + "/withdrawal", "{}");
        assertThat(again.getBody()).containsEntry("reason", "CASE_ALREADY_CLOSED");
    }

    @Test
    void refusedSubmissionsAreProblemsWithReasonsAndLeaveNothingBehind() {
        int applicationsBefore = count("rgl_application");
        int documentsBefore = count("rgl_document");
        String signed = SignedApplications.signedByApplicant(APPLICATION);

        assertProblem(submit(PORTAL_KEY, null, submission(signed, null).replace("\"tenant\":\"aktobe\"",
                "\"tenant\":\"zhambyl\""), "en"), HttpStatus.FORBIDDEN, "TENANT_NOT_ALLOWED");
        assertProblem(submit(PORTAL_KEY, null, submission(signed, null).replace("\"tenant\":\"aktobe\"",
                "\"tenant\":\"atlantis\""), "en"), HttpStatus.NOT_FOUND, "UNKNOWN_TENANT");
        assertProblem(submit(PORTAL_KEY, null, submission(signed, null).replace("fixture-licence", "no-such"), "en"),
                HttpStatus.NOT_FOUND, "UNKNOWN_SERVICE");
        assertProblem(submit(PORTAL_KEY, null, submission(signed, null).replace("\"issue\"", "\"reissue\""), "en"),
                HttpStatus.NOT_FOUND, "UNKNOWN_SUB_SERVICE");
        assertProblem(submit(PORTAL_KEY, null, submission(signed, null).replace("\"portal\"", "\"psc\""), "en"),
                HttpStatus.BAD_REQUEST, "CHANNEL_NOT_OFFERED");
        assertProblem(submit(PORTAL_KEY, null, submission(SignedApplications.signedByLegalEntityHead(APPLICATION),
                null), "en"), HttpStatus.UNPROCESSABLE_ENTITY, "SIGNATURE_IDENTITY_MISMATCH");
        assertProblem(submit(PORTAL_KEY, null, submission(SignedApplications.detachedSignatureByApplicant(APPLICATION),
                SignedApplications.base64(APPLICATION.replace("12", "99"))), "en"), HttpStatus.UNPROCESSABLE_ENTITY,
                "SIGNATURE_CONTENT_ALTERED");
        String badIin = APPLICATION.replace(DemoPki.APPLICANT_IIN, "900101300018");
        ResponseEntity<Map<String, Object>> mistyped = submit(PORTAL_KEY, null,
                submission(SignedApplications.signedByApplicant(badIin), null), "ru");
        assertProblem(mistyped, HttpStatus.BAD_REQUEST, "BAD_CHECK_DIGIT");
        assertThat(mistyped.getBody()).containsEntry("field", "applicant.iin");
        ResponseEntity<Map<String, Object>> missingField = submit(PORTAL_KEY, null, submission(
                SignedApplications.signedByApplicant(APPLICATION.replace("\"activityType\":\"Стоматология\",", "")),
                null), "en");
        assertProblem(missingField, HttpStatus.BAD_REQUEST, "INVALID_FORM");
        assertThat(missingField.getBody().get("fields").toString()).contains("activityType");
        assertProblem(submit(PORTAL_KEY, null, submission(signed, null, UUID.randomUUID().toString()), "en"),
                HttpStatus.BAD_REQUEST, "UNKNOWN_DOCUMENT");
        assertProblem(submit(PORTAL_KEY, null, "{\"tenant\":", "en"), HttpStatus.BAD_REQUEST, "MALFORMED_BODY");
        assertProblem(submit(PORTAL_KEY, null, "{\"tenant\":\"aktobe\"}", "en"), HttpStatus.BAD_REQUEST,
                "VALIDATION_FAILED");
        assertProblem(submit(PORTAL_KEY, null, submission("not base64!", null), "en"), HttpStatus.BAD_REQUEST,
                "NOT_BASE64");
        assertProblem(submit(PORTAL_KEY, null, "{\"signature\":\"" + "A".repeat(6 * 1024 * 1024) + "\"}", "en"),
                HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE");

        assertThat(count("rgl_application")).isEqualTo(applicationsBefore);
        assertThat(count("rgl_document")).isEqualTo(documentsBefore);
    }

    @Test
    void documentUploadsAreLimitedBySizeAndTypeAndGetTheirDigest() {
        ResponseEntity<Map<String, Object>> pdf = upload(PORTAL_KEY, "../../etc/scan.pdf", MediaType.APPLICATION_PDF,
                "%PDF-1.7 scan".getBytes());
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(pdf.getBody()).containsEntry("fileName", "scan.pdf").containsEntry("sha256",
                DocumentDigests.sha256("%PDF-1.7 scan".getBytes()));

        assertProblem(upload(PORTAL_KEY, "x.exe", MediaType.APPLICATION_OCTET_STREAM, "MZ".getBytes()),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_DOCUMENT_TYPE");
        assertProblem(upload(PORTAL_KEY, "fake.pdf", MediaType.APPLICATION_PDF, "<script>".getBytes()),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "DOCUMENT_CONTENT_MISMATCH");
        byte[] tooBig = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(), 0, tooBig, 0, 5);
        assertProblem(upload(PORTAL_KEY, "big.pdf", MediaType.APPLICATION_PDF, tooBig), HttpStatus.PAYLOAD_TOO_LARGE,
                "PAYLOAD_TOO_LARGE");

        ResponseEntity<byte[]> own = rest.exchange(RequestEntity.get("/api/v1/documents/" + pdf.getBody().get("id"))
                .header("X-API-Key", PORTAL_KEY).build(), byte[].class);
        assertThat(own.getBody()).isEqualTo("%PDF-1.7 scan".getBytes());
        assertThat(rest.exchange(RequestEntity.get("/api/v1/documents/" + pdf.getBody().get("id"))
                .header("X-API-Key", OTHER_PORTAL_KEY).build(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aClientSeesOnlyItsOwnApplicationsAndMustAuthenticateWithinItsRate() {
        Map<String, Object> submitted = submit(PORTAL_KEY, null,
                submission(SignedApplications.signedByApplicant(APPLICATION), null), "en").getBody();

        assertProblem(get(OTHER_PORTAL_KEY, "/api/v1/applications/" + submitted.get("id"), "en"),
                HttpStatus.NOT_FOUND, "APPLICATION_NOT_FOUND");
        assertThat(rest.exchange(RequestEntity.get("/api/v1/applications").header("X-API-Key", OTHER_PORTAL_KEY)
                .build(), String.class).getBody()).doesNotContain((String) submitted.get("id"));
        assertProblem(get("wrong-key", "/api/v1/services", "en"), HttpStatus.UNAUTHORIZED, "UNKNOWN_API_KEY");
        ResponseEntity<Map<String, Object>> anonymous = rest.exchange(RequestEntity.get("/api/v1/services").build(),
                new ParameterizedTypeReference<>() { });
        assertProblem(anonymous, HttpStatus.UNAUTHORIZED, "CLIENT_UNAUTHENTICATED");
        // Staff accounts are no portal clients.
        assertProblem(rest.withBasicAuth("admin", ServiceTest.ADMIN_PASSWORD).exchange(
                RequestEntity.get("/api/v1/services").build(), new ParameterizedTypeReference<>() { }),
                HttpStatus.UNAUTHORIZED, "CLIENT_UNAUTHENTICATED");

        for (int allowed = 0; allowed < 2; allowed++) {
            assertThat(rest.exchange(RequestEntity.get("/api/v1/services").header("X-API-Key", SLOW_PORTAL_KEY)
                    .build(), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<Map<String, Object>> third = get(SLOW_PORTAL_KEY, "/api/v1/services", "en");
        assertProblem(third, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED");
        assertThat(third.getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(rest.exchange(RequestEntity.get("/api/v1/services").header("X-API-Key", PORTAL_KEY).build(),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        String openApi = rest.getForObject("/v3/api-docs", String.class);

        assertThat(openApi).contains("/api/v1/applications").contains("/api/v1/services").contains("Idempotency-Key")
                .contains("X-API-Key");
        assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Runs the case's asynchronous signature check, as the job executor would. */
    private String checkSignature(String number) {
        String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult()
                .getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult()
                .getId());
        assertThat(runtimeService.getVariable(instance, "signatureValid")).isEqualTo(true);
        return instance;
    }

    private Map<String, Object> verifyPublicly(byte[] document, byte[] signature) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("document", new ByteArrayResource(document) {
            @Override
            public String getFilename() {
                return "licence.html";
            }
        });
        form.add("signature", new ByteArrayResource(signature) {
            @Override
            public String getFilename() {
                return "licence.html.p7s";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/v1/verifications", HttpMethod.POST, new HttpEntity<>(form, headers),
                new ParameterizedTypeReference<Map<String, Object>>() { }).getBody();
    }

    private static void assertProblem(ResponseEntity<Map<String, Object>> response, HttpStatus status, String reason) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(response.getBody()).containsEntry("reason", reason).containsKey("detail");
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static String submission(String signature, String application, String... documents) {
        return """
                {"tenant":"aktobe","service":"fixture-licence","subService":"issue","channel":"portal",
                 "signature":"%s"%s,"documents":[%s]}""".formatted(signature,
                application == null ? "" : ",\"application\":\"" + application + "\"",
                documents.length == 0 ? "" : "\"" + String.join("\",\"", documents) + "\"");
    }

    private ResponseEntity<Map<String, Object>> submit(String key, String idempotencyKey, String body, String language) {
        RequestEntity.BodyBuilder request = RequestEntity.post("/api/v1/applications").header("X-API-Key", key)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return rest.exchange(request.body(body), new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<Map<String, Object>> post(String key, String path, String body) {
        return rest.exchange(RequestEntity.post(path).header("X-API-Key", key).contentType(MediaType.APPLICATION_JSON)
                .body(body), new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<Map<String, Object>> get(String key, String path, String language) {
        return rest.exchange(RequestEntity.get(path).header("X-API-Key", key)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language).build(), new ParameterizedTypeReference<>() { });
    }

    private ResponseEntity<Map<String, Object>> upload(String key, String fileName, MediaType type, byte[] content) {
        HttpHeaders part = new HttpHeaders();
        part.setContentType(type);
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, part));
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-API-Key", key);
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.exchange("/api/v1/documents", HttpMethod.POST, new HttpEntity<>(form, headers),
                new ParameterizedTypeReference<>() { });
    }
}
