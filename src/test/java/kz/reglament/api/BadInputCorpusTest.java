package kz.reglament.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.reglament.client.ApiClient;
import kz.reglament.client.ApiClients;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.BadSignatures;
import kz.reglament.support.ServiceTest;
import kz.reglament.support.SignedApplications;
import kz.reglament.support.StaffUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A corpus of bad requests against every endpoint of the service: broken and oversized bodies, wrong content types,
 * identity numbers that cannot be, signatures that must not be trusted, script and SQL text in every identifier and
 * parameter, unknown tenants, services and ids. Each must be refused with a 4xx problem+json that names its reason
 * in the caller's language, and leave no trace: no row of ours and no process instance.
 *
 * <p>The corpus lists the endpoint each case aims at; {@link #everyEndpointHasItsBadInput()} holds it against the
 * endpoints Spring MVC actually serves, so an endpoint added without bad-input cases fails here.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    static final String KEY = "test-portal-key-bad-input";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String SQL = "'; DROP TABLE act_ru_task; --";
    static final String SQL_OR = "' OR '1'='1";
    static final Map<String, String> HOSTILE_TEXTS = new LinkedHashMap<>(Map.of(SCRIPT, "script", SQL, "SQL",
            SQL_OR, "SQL condition"));
    static final String APPLICATION = """
            {"applicant":{"iin":"%s"},"form":{"activityType":"Стоматология","address":"Ақтөбе, Абай 1","beds":12}}"""
            .formatted(DemoPki.APPLICANT_IIN);
    /** The tables a refused request must leave as they were: ours, and the engine's cases. */
    static final List<String> WATCHED_TABLES = List.of("rgl_application", "rgl_document", "rgl_calendar_correction",
            "rgl_payment", "rgl_regulated_step", "rgl_term_breach", "act_ru_execution", "act_ru_task", "act_ru_job",
            "act_hi_procinst");
    /** What a stack trace, an engine or a database error would leave in a body. */
    static final List<String> LEAKS = List.of("Exception", "\tat ", "at org.", "at kz.", "SQLState", "JdbcSQL",
            "org.h2", "select ", "SELECT ", "ENGINE-");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApiClients clients;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identityService;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Value("${reglament.api.max-request-size}")
    DataSize jsonLimit;
    @Value("${reglament.documents.max-size}")
    DataSize documentLimit;
    @Value("${spring.servlet.multipart.max-request-size}")
    DataSize multipartLimit;

    final ObjectMapper json = new ObjectMapper();
    /** A case of this client's that waits at its first step, for the cases that need an existing id. */
    String openCase;

    @BeforeAll
    void aPortalClientWithOneOpenCase() {
        clients.register(ApiClients.sha256(KEY), new ApiClient("bad-input-portal", List.of("aktobe"),
                List.of("fixture-licence"), 100_000));
        StaffUsers.member(identityService, "bad-input-clerk", "aktobe.office-clerk");
        ResponseEntity<String> created = rest.exchange(portal(HttpMethod.POST, "/api/v1/applications")
                .contentType(MediaType.APPLICATION_JSON)
                .body(submission(SignedApplications.signedByApplicant(APPLICATION))), String.class);
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        openCase = read(created.getBody()).get("id").asText();
    }

    /** One bad request: the endpoint it aims at (as Spring MVC names it), and the refusal it must get. */
    record BadRequest(String name, String endpoint, Supplier<RequestEntity<?>> request, int status, String reason,
            String detailContains) {
        @Override
        public String toString() {
            return endpoint + ": " + name;
        }
    }

    Stream<BadRequest> corpus() {
        List<BadRequest> corpus = new ArrayList<>();
        corpus.addAll(submissions());
        corpus.addAll(followingACase());
        corpus.addAll(documents());
        corpus.addAll(catalogueAndVerification());
        corpus.addAll(staffApis());
        return corpus.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithAReasonAndLeavesNothingBehind(BadRequest bad) {
        Map<String, Integer> before = counts();

        ResponseEntity<String> answer = rest.exchange(bad.request().get(), String.class);

        String body = answer.getBody();
        assertThat(answer.getStatusCode().value()).as(body).isEqualTo(bad.status());
        assertThat(String.valueOf(answer.getHeaders().getContentType())).as(body)
                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = read(body);
        assertThat(problem.path("status").asInt()).isEqualTo(bad.status());
        assertThat(problem.path("reason").asText()).isEqualTo(bad.reason());
        assertThat(problem.path("detail").asText()).isNotBlank();
        if (bad.detailContains() != null) {
            assertThat(problem.path("detail").asText()).contains(bad.detailContains());
        }
        assertThat(body).doesNotContain(LEAKS.toArray(String[]::new));
        // Script text a problem repeats (an unknown service's name) stays JSON: no browser may sniff it as HTML.
        assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(counts()).as("rows after a refused request").isEqualTo(before);
    }

    @Test
    void everyEndpointHasItsBadInput() {
        Set<String> served = mappings.getHandlerMethods().entrySet().stream()
                .filter(mapping -> mapping.getValue().getBeanType().getPackageName().startsWith("kz.reglament"))
                .flatMap(mapping -> mapping.getKey().getMethodsCondition().getMethods().stream()
                        .flatMap(method -> mapping.getKey().getPatternValues().stream()
                                .map(pattern -> method + " " + pattern)))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = corpus().map(BadRequest::endpoint).collect(Collectors.toCollection(TreeSet::new));

        assertThat(served).as("endpoints served by the service").isNotEmpty();
        assertThat(covered).containsAll(served);
    }

    @Test
    void engineRestRefusesBadInputAsTheCallersFault() {
        String task = "/engine-rest/task/{id}/complete";
        List<ResponseEntity<String>> answers = List.of(
                engine(HttpMethod.POST, task, MediaType.APPLICATION_JSON, "{\"variables\":", UUID.randomUUID()),
                engine(HttpMethod.POST, task, MediaType.APPLICATION_JSON, "{}", SQL),
                engine(HttpMethod.POST, task, MediaType.TEXT_PLAIN, "complete it", UUID.randomUUID()),
                engine(HttpMethod.POST, "/engine-rest/process-definition/key/{key}/start", MediaType.APPLICATION_JSON,
                        "{\"variables\":{\"x\":{\"value\":\"" + SCRIPT + "\",\"type\":\"NoSuchType\"}}}", SCRIPT),
                engine(HttpMethod.PUT, "/engine-rest/job/{id}/retries", MediaType.APPLICATION_JSON,
                        "{\"retries\":\"many\"}", UUID.randomUUID()),
                engine(HttpMethod.GET, "/engine-rest/task?processInstanceId={id}&sortBy={sort}&sortOrder=asc", null,
                        null, SQL, SCRIPT));

        Map<String, Integer> before = counts();
        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.getStatusCode().is4xxClientError()).as(answer.getStatusCode() + " " + answer.getBody())
                    .isTrue();
            JsonNode error = read(answer.getBody());
            // Camunda's own error shape has a message; a request the firewall refuses first is our problem+json.
            assertThat(error.path("message").asText() + error.path("detail").asText()).isNotBlank();
            assertThat(answer.getBody()).doesNotContain("\tat ", "at org.", "Dto", "[Source:");
        });
        assertThat(counts()).isEqualTo(before);
    }

    /**
     * Free text in a form (an address, an activity) is what the applicant signed, so script and SQL there are not
     * refused: they are kept as the applicant wrote them, bound as values and never run, and escaped wherever they
     * are shown (the result document, problem details in JSON).
     */
    @Test
    void scriptAndSqlInFreeTextAreKeptAsTheApplicantWroteThem() {
        String hostile = SCRIPT + " " + SQL;
        String application = APPLICATION.replace("Ақтөбе, Абай 1", hostile.replace("\"", "\\\""));

        ResponseEntity<String> created = rest.exchange(portal(HttpMethod.POST, "/api/v1/applications")
                .contentType(MediaType.APPLICATION_JSON)
                .body(submission(SignedApplications.signedByApplicant(application))), String.class);

        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
        String number = read(created.getBody()).get("number").asText();
        assertThat(jdbc.queryForObject("select count(*) from act_ru_task", Integer.class)).isNotNull();
        assertThat(jdbc.queryForObject("select v.text_ from act_ru_variable v join act_ru_execution e"
                + " on v.proc_inst_id_ = e.proc_inst_id_ where e.business_key_ = ? and v.name_ = 'address'",
                String.class, number)).isEqualTo(hostile);
    }

    private List<BadRequest> submissions() {
        String endpoint = "POST /api/v1/applications";
        String signed = SignedApplications.signedByApplicant(APPLICATION);
        String valid = submission(signed);
        List<BadRequest> cases = new ArrayList<>(List.of(
                bad("malformed JSON", endpoint, () -> submit("{\"tenant\":"), 400, "MALFORMED_BODY"),
                bad("empty body", endpoint, () -> submit(""), 400, "MALFORMED_BODY"),
                bad("a JSON array", endpoint, () -> submit("[]"), 400, "MALFORMED_BODY"),
                bad("JSON of the wrong shape", endpoint, () -> submit("{\"documents\":\"" + SCRIPT + "\"}"), 400,
                        "MALFORMED_BODY"),
                bad("text/plain", endpoint, () -> portal(HttpMethod.POST, "/api/v1/applications")
                        .contentType(MediaType.TEXT_PLAIN).body(valid), 415, "UNSUPPORTED_MEDIA_TYPE"),
                bad("XML", endpoint, () -> portal(HttpMethod.POST, "/api/v1/applications")
                        .contentType(MediaType.APPLICATION_XML).body("<application/>"), 415, "UNSUPPORTED_MEDIA_TYPE"),
                bad("a form post", endpoint, () -> portal(HttpMethod.POST, "/api/v1/applications")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).body("tenant=aktobe"), 415,
                        "UNSUPPORTED_MEDIA_TYPE"),
                bad("over the request size limit", endpoint, () -> submit("{\"signature\":\""
                        + "A".repeat((int) jsonLimit.toBytes()) + "\"}"), 413, "PAYLOAD_TOO_LARGE"),
                bad("no fields", endpoint, () -> submit("{}"), 400, "VALIDATION_FAILED"),
                bad("no credentials", endpoint, () -> RequestEntity.post("/api/v1/applications")
                        .contentType(MediaType.APPLICATION_JSON).body(valid), 401, "CLIENT_UNAUTHENTICATED"),
                bad("an unknown API key", endpoint, () -> RequestEntity.post("/api/v1/applications")
                        .header("X-API-Key", SQL).contentType(MediaType.APPLICATION_JSON).body(valid), 401,
                        "UNKNOWN_API_KEY"),
                bad("an over-long Idempotency-Key", endpoint, () -> portal(HttpMethod.POST, "/api/v1/applications")
                        .header("Idempotency-Key", "k".repeat(201)).contentType(MediaType.APPLICATION_JSON).body(valid),
                        400, "INVALID_IDEMPOTENCY_KEY"),
                bad("an unknown tenant", endpoint, () -> submit(valid.replace("\"aktobe\"", "\"atlantis\"")), 404,
                        "UNKNOWN_TENANT"),
                bad("another tenant's service", endpoint, () -> submit(valid.replace("\"aktobe\"", "\"zhambyl\"")),
                        403, "TENANT_NOT_ALLOWED"),
                bad("an unknown service", endpoint, () -> submit(valid.replace("fixture-licence", "no-such-service")),
                        404, "UNKNOWN_SERVICE"),
                bad("an unknown sub-service", endpoint, () -> submit(valid.replace("\"issue\"", "\"reissue\"")), 404,
                        "UNKNOWN_SUB_SERVICE"),
                bad("a channel the sub-service does not offer", endpoint,
                        () -> submit(valid.replace("\"portal\"", "\"psc\"")), 400, "CHANNEL_NOT_OFFERED"),
                bad("a channel that is none", endpoint, () -> submit(valid.replace("\"portal\"", "\"fax\"")), 400,
                        "VALIDATION_FAILED"),
                bad("an unknown document", endpoint, () -> submit(submission(signed, UUID.randomUUID().toString())),
                        400, "UNKNOWN_DOCUMENT"),
                bad("a signature that is not base64", endpoint, () -> submit(submission("not base64!")), 400,
                        "NOT_BASE64"),
                bad("a signature of random bytes", endpoint, () -> submit(submission(BadSignatures.garbage())), 422,
                        "SIGNATURE_MALFORMED"),
                bad("a truncated signature", endpoint,
                        () -> submit(submission(BadSignatures.truncated(signed))), 422, "SIGNATURE_MALFORMED"),
                bad("a signature by an expired certificate", endpoint,
                        () -> submit(submission(BadSignatures.byExpiredCertificate(APPLICATION))), 422,
                        "SIGNATURE_EXPIRED"),
                bad("a signature by a foreign CA", endpoint,
                        () -> submit(submission(BadSignatures.byForeignCa(APPLICATION))), 422,
                        "SIGNATURE_UNTRUSTED_CHAIN"),
                bad("a signature by a revoked certificate", endpoint,
                        () -> submit(submission(BadSignatures.byRevokedCertificate(APPLICATION))), 422,
                        "SIGNATURE_REVOKED"),
                bad("a detached signature over other content", endpoint, () -> submit(detached(
                        SignedApplications.detachedSignatureByApplicant(APPLICATION),
                        APPLICATION.replace("12", "99"))), 422, "SIGNATURE_CONTENT_ALTERED"),
                bad("a detached signature with content that is not base64", endpoint, () -> submit(detached(
                        SignedApplications.detachedSignatureByApplicant(APPLICATION), null)
                        .replace("\"application\":\"", "\"application\":\"%%%")), 400, "NOT_BASE64"),
                bad("a signed content that is no JSON", endpoint,
                        () -> submit(submission(SignedApplications.signedByApplicant("applicant=" + SCRIPT))), 400,
                        "MALFORMED_APPLICATION"),
                bad("no applicant", endpoint, () -> submit(submission(SignedApplications.signedByApplicant(
                        "{\"form\":{\"activityType\":\"x\"}}"))), 400, "APPLICANT_REQUIRED"),
                bad("an IIN of 11 digits", endpoint, () -> submit(signedWithApplicant("{\"iin\":\"90010130001\"}")),
                        400, "NOT_12_DIGITS"),
                bad("an IIN with letters", endpoint, () -> submit(signedWithApplicant("{\"iin\":\"90010130001A\"}")),
                        400, "NOT_12_DIGITS"),
                bad("an IIN with a wrong check digit", endpoint,
                        () -> submit(signedWithApplicant("{\"iin\":\"900101300018\"}")), 400, "BAD_CHECK_DIGIT"),
                bad("a BIN with a wrong check digit", endpoint,
                        () -> submit(signedWithApplicant("{\"bin\":\"150540000018\"}")), 400, "BAD_CHECK_DIGIT"),
                bad("an IIN of script", endpoint, () -> submit(signedWithApplicant("{\"iin\":\"" + SCRIPT + "\"}")),
                        400, "NOT_12_DIGITS"),
                bad("a representative's IIN of SQL", endpoint, () -> submit(submission(SignedApplications
                        .signedByApplicant(APPLICATION.replace("\"form\"", "\"representative\":{\"iin\":\"" + SQL
                                + "\",\"powerOfAttorney\":\"P-1\"},\"form\"")))), 400, "NOT_12_DIGITS"),
                bad("a form field named in script", endpoint, () -> submit(submission(SignedApplications
                        .signedByApplicant(APPLICATION.replace("\"beds\"", "\"" + SCRIPT + "\"")))), 400,
                        "INVALID_FORM"),
                bad("a number field of script", endpoint, () -> submit(submission(SignedApplications
                        .signedByApplicant(APPLICATION.replace("12", "\"" + SCRIPT + "\"")))), 400, "INVALID_FORM"),
                bad("a number field of SQL", endpoint, () -> submit(submission(SignedApplications
                        .signedByApplicant(APPLICATION.replace("12", "\"" + SQL + "\"")))), 400, "INVALID_FORM"),
                bad("a text field over its length", endpoint, () -> submit(submission(SignedApplications
                        .signedByApplicant(APPLICATION.replace("Абай 1", "x".repeat(4001))))), 400, "INVALID_FORM"),
                new BadRequest("in Russian", endpoint, () -> portalIn("ru", HttpMethod.POST, "/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
                        .body("{\"tenant\":"), 400, "MALFORMED_BODY", "Тело запроса не является JSON"),
                new BadRequest("in Kazakh", endpoint, () -> portalIn("kk", HttpMethod.POST, "/api/v1/applications").contentType(MediaType.APPLICATION_JSON)
                        .body(submission(signed).replace("\"aktobe\"", "\"atlantis\"")), 404, "UNKNOWN_TENANT",
                        "atlantis"),
                new BadRequest("with a malformed Accept-Language", endpoint, () -> portalIn("%%;q=x,,@@-!!",
                        HttpMethod.POST, "/api/v1/applications")
                        .contentType(MediaType.APPLICATION_JSON).body("{\"tenant\":"), 400, "MALFORMED_BODY",
                        "JSON"),
                new BadRequest("in a language the service does not speak", endpoint, () -> portalIn("fr-FR",
                        HttpMethod.POST, "/api/v1/applications")
                        .contentType(MediaType.APPLICATION_JSON).body("{\"tenant\":"), 400, "MALFORMED_BODY",
                        "JSON")));
        for (String text : HOSTILE_TEXTS.keySet()) {
            String kind = HOSTILE_TEXTS.get(text);
            cases.add(bad(kind + " as the tenant", endpoint, () -> submit(valid.replace("\"aktobe\"",
                    quoted(text))), 400, "VALIDATION_FAILED"));
            cases.add(bad(kind + " as the service", endpoint, () -> submit(valid.replace("\"fixture-licence\"",
                    quoted(text))), 404, "UNKNOWN_SERVICE"));
            cases.add(bad(kind + " as the sub-service", endpoint, () -> submit(valid.replace("\"issue\"",
                    quoted(text))), 404, "UNKNOWN_SUB_SERVICE"));
            cases.add(bad(kind + " as the channel", endpoint, () -> submit(valid.replace("\"portal\"",
                    quoted(text))), 400, "VALIDATION_FAILED"));
            cases.add(bad(kind + " as a document id", endpoint, () -> submit(submission(signed, text)), 400,
                    "VALIDATION_FAILED"));
            cases.add(bad(kind + " as the signature", endpoint, () -> submit(submission(text)), 400, "NOT_BASE64"));
            cases.add(bad(kind + " as the detached content", endpoint, () -> submit(detached(
                    SignedApplications.detachedSignatureByApplicant(APPLICATION), null)
                    .replace("\"application\":\"\"", "\"application\":" + quoted(text))), 400,
                    "NOT_BASE64"));
            cases.add(bad(kind + " as the Idempotency-Key of an application without tenant", endpoint,
                    () -> portal(HttpMethod.POST, "/api/v1/applications").header("Idempotency-Key", text)
                            .contentType(MediaType.APPLICATION_JSON).body(valid.replace("\"aktobe\"", "\"\"")), 400,
                    "VALIDATION_FAILED"));
        }
        return cases;
    }

    private List<BadRequest> followingACase() {
        List<BadRequest> cases = new ArrayList<>();
        cases.add(bad("limit that is no number", "GET /api/v1/applications",
                () -> portal(HttpMethod.GET, "/api/v1/applications?limit={limit}", "many").build(), 400,
                "INVALID_PARAMETER"));
        cases.add(bad("limit of zero", "GET /api/v1/applications",
                () -> portal(HttpMethod.GET, "/api/v1/applications?limit=0").build(), 400, "INVALID_PARAMETER"));
        cases.add(bad("limit over a hundred", "GET /api/v1/applications",
                () -> portal(HttpMethod.GET, "/api/v1/applications?limit=101").build(), 400, "INVALID_PARAMETER"));
        cases.add(bad("no credentials", "GET /api/v1/applications",
                () -> RequestEntity.get("/api/v1/applications").build(), 401, "CLIENT_UNAUTHENTICATED"));
        for (String text : HOSTILE_TEXTS.keySet()) {
            String kind = HOSTILE_TEXTS.get(text);
            cases.add(bad(kind + " as limit", "GET /api/v1/applications",
                    () -> portal(HttpMethod.GET, "/api/v1/applications?limit={limit}", text).build(), 400,
                    "INVALID_PARAMETER"));
            for (String path : List.of("", "/result", "/result/signature", "/result/verification")) {
                cases.add(bad(kind + " as the id", "GET /api/v1/applications/{id}" + path,
                        () -> portal(HttpMethod.GET, "/api/v1/applications/{id}" + path, text).build(),
                        pathStatus(text), pathReason(text, "APPLICATION_NOT_FOUND")));
            }
            cases.add(bad(kind + " as the id", "POST /api/v1/applications/{id}/withdrawal",
                    () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/withdrawal", text)
                            .contentType(MediaType.APPLICATION_JSON).body("{}"), pathStatus(text),
                    pathReason(text, "APPLICATION_NOT_FOUND")));
            cases.add(bad(kind + " as the id", "POST /api/v1/applications/{id}/external-answers",
                    () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/external-answers", text)
                            .contentType(MediaType.APPLICATION_JSON).body("{\"message\":\"AgreementAnswer\"}"),
                    pathStatus(text), pathReason(text, "APPLICATION_NOT_FOUND")));
            cases.add(bad(kind + " as the message", "POST /api/v1/applications/{id}/external-answers",
                    () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/external-answers", openCase)
                            .contentType(MediaType.APPLICATION_JSON).body("{\"message\":" + quoted(text) + "}"), 400,
                    "VALIDATION_FAILED"));
            cases.add(bad(kind + " as an answer's name", "POST /api/v1/applications/{id}/external-answers",
                    () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/external-answers", openCase)
                            .contentType(MediaType.APPLICATION_JSON).body("{\"message\":\"AgreementAnswer\","
                                    + "\"answer\":{" + quoted(text) + ":\"yes\"}}"), 400, "VALIDATION_FAILED"));
        }
        String unknown = UUID.randomUUID().toString();
        for (String path : List.of("", "/result", "/result/signature", "/result/verification")) {
            cases.add(bad("an unknown id", "GET /api/v1/applications/{id}" + path,
                    () -> portal(HttpMethod.GET, "/api/v1/applications/{id}" + path, unknown).build(), 404,
                    "APPLICATION_NOT_FOUND"));
        }
        for (String path : List.of("/result", "/result/signature", "/result/verification")) {
            cases.add(bad("a case without its result yet", "GET /api/v1/applications/{id}" + path,
                    () -> portal(HttpMethod.GET, "/api/v1/applications/{id}" + path, openCase).build(), 404,
                    "NO_RESULT_YET"));
        }
        cases.add(bad("an unknown API key", "GET /api/v1/applications/{id}",
                () -> RequestEntity.get("/api/v1/applications/{id}", openCase).header("X-API-Key", "wrong-key")
                        .build(), 401, "UNKNOWN_API_KEY"));
        cases.add(bad("malformed JSON", "POST /api/v1/applications/{id}/withdrawal",
                () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/withdrawal", openCase)
                        .contentType(MediaType.APPLICATION_JSON).body("{\"reason\""), 400, "MALFORMED_BODY"));
        cases.add(bad("a reason over its length", "POST /api/v1/applications/{id}/withdrawal",
                () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/withdrawal", openCase)
                        .contentType(MediaType.APPLICATION_JSON).body("{\"reason\":\"" + "x".repeat(501) + "\"}"),
                400, "VALIDATION_FAILED"));
        cases.add(bad("text/plain", "POST /api/v1/applications/{id}/withdrawal",
                () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/withdrawal", openCase)
                        .contentType(MediaType.TEXT_PLAIN).body("please"), 415, "UNSUPPORTED_MEDIA_TYPE"));
        cases.add(bad("an unknown id", "POST /api/v1/applications/{id}/withdrawal",
                () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/withdrawal", unknown)
                        .contentType(MediaType.APPLICATION_JSON).body("{}"), 404, "APPLICATION_NOT_FOUND"));
        cases.add(bad("malformed JSON", "POST /api/v1/applications/{id}/external-answers",
                () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/external-answers", openCase)
                        .contentType(MediaType.APPLICATION_JSON).body("{\"message\":"), 400, "MALFORMED_BODY"));
        cases.add(bad("no message", "POST /api/v1/applications/{id}/external-answers",
                () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/external-answers", openCase)
                        .contentType(MediaType.APPLICATION_JSON).body("{}"), 400, "VALIDATION_FAILED"));
        cases.add(bad("an answer the case does not wait for", "POST /api/v1/applications/{id}/external-answers",
                () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/external-answers", openCase)
                        .contentType(MediaType.APPLICATION_JSON).body("{\"message\":\"AgreementAnswer\"}"), 409,
                "NOT_WAITING_FOR_ANSWER"));
        cases.add(bad("an answer over its length", "POST /api/v1/applications/{id}/external-answers",
                () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/external-answers", openCase)
                        .contentType(MediaType.APPLICATION_JSON).body("{\"message\":\"AgreementAnswer\","
                                + "\"answer\":{\"comment\":\"" + "x".repeat(4001) + "\"}}"), 400,
                "VALIDATION_FAILED"));
        cases.add(bad("XML", "POST /api/v1/applications/{id}/external-answers",
                () -> portal(HttpMethod.POST, "/api/v1/applications/{id}/external-answers", openCase)
                        .contentType(MediaType.APPLICATION_XML).body("<answer/>"), 415, "UNSUPPORTED_MEDIA_TYPE"));
        return cases;
    }

    private List<BadRequest> documents() {
        String endpoint = "POST /api/v1/documents";
        byte[] overLimit = new byte[(int) documentLimit.toBytes() + 1];
        System.arraycopy("%PDF-".getBytes(), 0, overLimit, 0, 5);
        List<BadRequest> cases = new ArrayList<>(List.of(
                bad("a document over the size limit", endpoint, () -> upload("file", "big.pdf",
                        MediaType.APPLICATION_PDF, overLimit), 413, "PAYLOAD_TOO_LARGE"),
                bad("an upload over the multipart request limit", endpoint, () -> upload("file", "bigger.pdf",
                        MediaType.APPLICATION_PDF, new byte[(int) multipartLimit.toBytes() + 1]), 413,
                        "PAYLOAD_TOO_LARGE"),
                bad("an empty document", endpoint, () -> upload("file", "empty.pdf", MediaType.APPLICATION_PDF,
                        new byte[0]), 400, "EMPTY_DOCUMENT"),
                bad("an executable", endpoint, () -> upload("file", "x.exe", MediaType.APPLICATION_OCTET_STREAM,
                        "MZ".getBytes()), 415, "UNSUPPORTED_DOCUMENT_TYPE"),
                bad("an HTML page named in script", endpoint, () -> upload("file", SCRIPT + ".html", MediaType.TEXT_HTML,
                        SCRIPT.getBytes()), 415, "UNSUPPORTED_DOCUMENT_TYPE"),
                bad("script said to be a PDF", endpoint, () -> upload("file", "fake.pdf", MediaType.APPLICATION_PDF,
                        SCRIPT.getBytes()), 415, "DOCUMENT_CONTENT_MISMATCH"),
                bad("SQL said to be a PNG", endpoint, () -> upload("file", SQL + ".png", MediaType.IMAGE_PNG,
                        SQL.getBytes()), 415, "DOCUMENT_CONTENT_MISMATCH"),
                bad("no file part", endpoint, () -> upload("document", "scan.pdf", MediaType.APPLICATION_PDF,
                        "%PDF-1.7".getBytes()), 400, "INVALID_PARAMETER"),
                bad("JSON instead of a multipart form", endpoint, () -> portal(HttpMethod.POST, "/api/v1/documents")
                        .contentType(MediaType.APPLICATION_JSON).body("{\"file\":\"JVBERi0=\"}"), 415,
                        "UNSUPPORTED_MEDIA_TYPE"),
                bad("a multipart body that is broken", endpoint, () -> portal(HttpMethod.POST, "/api/v1/documents")
                        .header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=xyz")
                        .body("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n%PDF"), 400,
                        "MALFORMED_BODY"),
                bad("no credentials", endpoint, () -> RequestEntity.post("/api/v1/documents")
                        .contentType(MediaType.MULTIPART_FORM_DATA).body(form("file", "scan.pdf",
                                MediaType.APPLICATION_PDF, "%PDF-1.7".getBytes())), 401, "CLIENT_UNAUTHENTICATED")));
        cases.add(bad("an unknown id", "GET /api/v1/documents/{id}", () -> portal(HttpMethod.GET,
                "/api/v1/documents/{id}", UUID.randomUUID()).build(), 404, "DOCUMENT_NOT_FOUND"));
        HOSTILE_TEXTS.forEach((text, kind) -> cases.add(bad(kind + " as the id", "GET /api/v1/documents/{id}",
                () -> portal(HttpMethod.GET, "/api/v1/documents/{id}", text).build(), pathStatus(text),
                pathReason(text, "DOCUMENT_NOT_FOUND"))));
        return cases;
    }

    private List<BadRequest> catalogueAndVerification() {
        String verify = "POST /api/v1/verifications";
        List<BadRequest> cases = new ArrayList<>();
        HOSTILE_TEXTS.forEach((text, kind) -> cases.add(bad(kind + " as the service",
                "GET /api/v1/services/{service}", () -> portal(HttpMethod.GET, "/api/v1/services/{service}", text)
                        .build(), pathStatus(text), pathReason(text, "UNKNOWN_SERVICE"))));
        cases.addAll(List.of(
                bad("no credentials", "GET /api/v1/services", () -> RequestEntity.get("/api/v1/services").build(), 401,
                        "CLIENT_UNAUTHENTICATED"),
                bad("a key of SQL", "GET /api/v1/services", () -> RequestEntity.get("/api/v1/services")
                        .header("X-API-Key", SQL).build(), 401, "UNKNOWN_API_KEY"),
                bad("no parts", verify, () -> RequestEntity.post("/api/v1/verifications")
                        .contentType(MediaType.MULTIPART_FORM_DATA).body(new LinkedMultiValueMap<>()), 400,
                        "INVALID_PARAMETER"),
                bad("no signature part", verify, () -> RequestEntity.post("/api/v1/verifications")
                        .contentType(MediaType.MULTIPART_FORM_DATA).body(form("document", "licence.html",
                                MediaType.TEXT_HTML, "<html>".getBytes())), 400, "INVALID_PARAMETER"),
                bad("JSON instead of a multipart form", verify, () -> RequestEntity.post("/api/v1/verifications")
                        .contentType(MediaType.APPLICATION_JSON).body("{}"), 415, "UNSUPPORTED_MEDIA_TYPE"),
                bad("a signature of random bytes", verify, () -> verification("<html>".getBytes(),
                        Base64.getDecoder().decode(BadSignatures.garbage())), 422, "RESULT_SIGNATURE_MALFORMED"),
                bad("a signature of script", verify, () -> verification("<html>".getBytes(), SCRIPT.getBytes()),
                        422, "RESULT_SIGNATURE_MALFORMED"),
                bad("a document over the size limit", verify, () -> verification(
                        new byte[(int) documentLimit.toBytes() + 1], "x".getBytes()), 413, "PAYLOAD_TOO_LARGE")));
        return cases;
    }

    private List<BadRequest> staffApis() {
        List<BadRequest> cases = new ArrayList<>();
        for (String report : List.of("/api/v1/sla/breaches", "/api/v1/sla/on-time-rate")) {
            String endpoint = "GET " + report;
            cases.add(bad("no period", endpoint, () -> staff(HttpMethod.GET, report).build(), 400,
                    "INVALID_PARAMETER"));
            cases.add(bad("a date that is none", endpoint, () -> staff(HttpMethod.GET,
                    report + "?from={from}&to=2026-03-01", "2026-02-30").build(), 400, "INVALID_PARAMETER"));
            cases.add(bad("a period that ends before it starts", endpoint, () -> staff(HttpMethod.GET,
                    report + "?from=2026-03-01&to=2026-02-01").build(), 400, "INVALID_PERIOD"));
            cases.add(bad("a period of years", endpoint, () -> staff(HttpMethod.GET,
                    report + "?from=2020-01-01&to=2026-01-01").build(), 400, "INVALID_PERIOD"));
            cases.add(bad("an unknown tenant", endpoint, () -> staff(HttpMethod.GET,
                    report + "?from=2026-01-01&to=2026-02-01&tenant=atlantis").build(), 400, "UNKNOWN_TENANT"));
            cases.add(bad("no credentials", endpoint, () -> RequestEntity.get(report + "?from=2026-01-01&to=2026-02-01")
                    .build(), 401, "UNAUTHENTICATED"));
            HOSTILE_TEXTS.forEach((text, kind) -> {
                for (String parameter : List.of("from", "tenant", "regulation", "step", "group")) {
                    String query = parameter.equals("from") ? "?from={value}&to=2026-02-01"
                            : "?from=2026-01-01&to=2026-02-01&" + parameter + "={value}";
                    cases.add(bad(kind + " as " + parameter, endpoint, () -> staff(HttpMethod.GET, report + query,
                            text).build(), 400, parameter.equals("tenant") ? "UNKNOWN_TENANT" : "INVALID_PARAMETER"));
                }
            });
        }
        String worklist = "GET /api/v1/worklist";
        cases.add(bad("no credentials", worklist, () -> RequestEntity.get("/api/v1/worklist").build(), 401,
                "UNAUTHENTICATED"));
        cases.add(bad("a page of none", worklist, () -> staff(HttpMethod.GET, "/api/v1/worklist?maxResults=0").build(),
                400, "INVALID_PARAMETER"));
        cases.add(bad("a page of thousands", worklist, () -> staff(HttpMethod.GET,
                "/api/v1/worklist?maxResults=5000").build(), 400, "INVALID_PARAMETER"));
        cases.add(bad("a page before the first", worklist, () -> staff(HttpMethod.GET,
                "/api/v1/worklist?firstResult=-1").build(), 400, "INVALID_PARAMETER"));
        cases.add(bad("a number that is none", worklist, () -> staff(HttpMethod.GET,
                "/api/v1/worklist?maxResults=many").build(), 400, "INVALID_PARAMETER"));
        HOSTILE_TEXTS.forEach((text, kind) -> {
            cases.add(bad(kind + " as the view", worklist, () -> staff(HttpMethod.GET, "/api/v1/worklist?view={view}",
                    text).build(), 400, "INVALID_PARAMETER"));
            cases.add(bad(kind + " as the tenant", worklist, () -> staff(HttpMethod.GET,
                    "/api/v1/worklist?tenant={tenant}", text).build(), 400, "UNKNOWN_TENANT"));
        });
        String days = "GET /api/v1/calendar/days";
        cases.add(bad("no period", days, () -> staff(HttpMethod.GET, "/api/v1/calendar/days").build(), 400,
                "INVALID_PARAMETER"));
        cases.add(bad("SQL as the start", days, () -> staff(HttpMethod.GET,
                "/api/v1/calendar/days?from={from}&to=2026-02-01", SQL).build(), 400, "INVALID_PARAMETER"));
        cases.add(bad("a period of years", days, () -> staff(HttpMethod.GET,
                "/api/v1/calendar/days?from=2015-01-01&to=2027-12-31").build(), 400, "INVALID_PERIOD"));
        cases.add(bad("no credentials", days, () -> RequestEntity.get(
                "/api/v1/calendar/days?from=2026-01-01&to=2026-02-01").build(), 401, "UNAUTHENTICATED"));
        String deadline = "GET /api/v1/calendar/deadline";
        cases.add(bad("an unknown tenant", deadline, () -> staff(HttpMethod.GET,
                "/api/v1/calendar/deadline?tenant=atlantis&term=P5WD").build(), 400, "UNKNOWN_TENANT"));
        cases.add(bad("script as the tenant", deadline, () -> staff(HttpMethod.GET,
                "/api/v1/calendar/deadline?tenant={tenant}&term=5 working days", SCRIPT).build(), 400,
                "UNKNOWN_TENANT"));
        cases.add(bad("SQL as the term", deadline, () -> staff(HttpMethod.GET,
                "/api/v1/calendar/deadline?tenant=aktobe&term={term}", SQL).build(), 400, "INVALID_TERM"));
        cases.add(bad("script as the term", deadline, () -> staff(HttpMethod.GET,
                "/api/v1/calendar/deadline?tenant=aktobe&term={term}", SCRIPT).build(), 400, "INVALID_TERM"));
        cases.add(bad("a start that is no moment", deadline, () -> staff(HttpMethod.GET,
                "/api/v1/calendar/deadline?tenant=aktobe&term={term}&start={start}", "5 working days", SQL).build(),
                400, "INVALID_PARAMETER"));
        cases.add(bad("no term", deadline, () -> staff(HttpMethod.GET,
                "/api/v1/calendar/deadline?tenant=aktobe").build(), 400, "INVALID_PARAMETER"));
        cases.add(bad("a wrong password", "GET /api/v1/calendar/corrections", () -> RequestEntity.get(
                "/api/v1/calendar/corrections").headers(basic("bad-input-nobody", SQL)).build(), 401,
                "UNAUTHENTICATED"));
        String corrections = "POST /api/v1/calendar/corrections";
        String correction = "{\"date\":\"2026-05-04\",\"working\":false,\"reason\":\"Government decree\"}";
        cases.add(bad("malformed JSON", corrections, () -> staff(HttpMethod.POST, "/api/v1/calendar/corrections")
                .contentType(MediaType.APPLICATION_JSON).body("{\"date\":"), 400, "MALFORMED_BODY"));
        cases.add(bad("empty body", corrections, () -> staff(HttpMethod.POST, "/api/v1/calendar/corrections")
                .contentType(MediaType.APPLICATION_JSON).body(""), 400, "MALFORMED_BODY"));
        cases.add(bad("no fields", corrections, () -> staff(HttpMethod.POST, "/api/v1/calendar/corrections")
                .contentType(MediaType.APPLICATION_JSON).body("{}"), 400, "VALIDATION_FAILED"));
        cases.add(bad("SQL as the date", corrections, () -> staff(HttpMethod.POST, "/api/v1/calendar/corrections")
                .contentType(MediaType.APPLICATION_JSON).body(correction.replace("2026-05-04", SQL)), 400,
                "MALFORMED_BODY"));
        cases.add(bad("script as working", corrections, () -> staff(HttpMethod.POST, "/api/v1/calendar/corrections")
                .contentType(MediaType.APPLICATION_JSON).body(correction.replace("false", quoted(SCRIPT))), 400,
                "MALFORMED_BODY"));
        cases.add(bad("a reason over its length", corrections, () -> staff(HttpMethod.POST,
                "/api/v1/calendar/corrections").contentType(MediaType.APPLICATION_JSON)
                .body(correction.replace("Government decree", "x".repeat(501))), 400, "VALIDATION_FAILED"));
        cases.add(bad("text/plain", corrections, () -> staff(HttpMethod.POST, "/api/v1/calendar/corrections")
                .contentType(MediaType.TEXT_PLAIN).body(correction), 415, "UNSUPPORTED_MEDIA_TYPE"));
        cases.add(bad("over the request size limit", corrections, () -> staff(HttpMethod.POST,
                "/api/v1/calendar/corrections").contentType(MediaType.APPLICATION_JSON)
                .body(correction.replace("Government decree", "x".repeat((int) jsonLimit.toBytes()))), 413,
                "PAYLOAD_TOO_LARGE"));
        cases.add(bad("by staff who are no administrators", corrections, () -> RequestEntity.post(
                "/api/v1/calendar/corrections").headers(basic("bad-input-clerk", StaffUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).body(correction), 403, "FORBIDDEN"));
        String staffDocument = "GET /staff/documents/{id}";
        cases.add(bad("without a Tasklist login", staffDocument, () -> RequestEntity.get("/staff/documents/{id}",
                UUID.randomUUID()).build(), 401, "STAFF_LOGIN_REQUIRED"));
        HOSTILE_TEXTS.forEach((text, kind) -> cases.add(bad(kind + " as the id", staffDocument,
                () -> RequestEntity.get("/staff/documents/{id}", text).build(), text.equals(SQL_OR) ? 401 : 400,
                text.equals(SQL_OR) ? "STAFF_LOGIN_REQUIRED" : "MALFORMED_REQUEST")));
        return cases;
    }

    private static BadRequest bad(String name, String endpoint, Supplier<RequestEntity<?>> request, int status,
            String reason) {
        return new BadRequest(name, endpoint, request, status, reason, null);
    }

    private RequestEntity<?> submit(String body) {
        return portal(HttpMethod.POST, "/api/v1/applications").contentType(MediaType.APPLICATION_JSON).body(body);
    }

    private static RequestEntity.BodyBuilder portal(HttpMethod method, String uriTemplate, Object... variables) {
        return portalIn("en", method, uriTemplate, variables);
    }

    private static RequestEntity.BodyBuilder portalIn(String language, HttpMethod method, String uriTemplate,
            Object... variables) {
        return RequestEntity.method(method, uriTemplate, variables).header("X-API-Key", KEY)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language);
    }

    /**
     * Script and SQL with a semicolon cannot be part of any address (the slash of a closing tag and the semicolon
     * are encoded): the firewall refuses them before any endpoint. Other hostile text reaches the endpoint, which
     * finds nothing by it.
     */
    private static int pathStatus(String text) {
        return text.equals(SQL_OR) ? 404 : 400;
    }

    private static String pathReason(String text, String notFound) {
        return text.equals(SQL_OR) ? notFound : "MALFORMED_REQUEST";
    }

    private static RequestEntity.BodyBuilder staff(HttpMethod method, String uriTemplate, Object... variables) {
        return RequestEntity.method(method, uriTemplate, variables).headers(basic("admin", ServiceTest.ADMIN_PASSWORD))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en");
    }

    private static HttpHeaders basic(String user, String password) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, password);
        return headers;
    }

    private RequestEntity<?> upload(String part, String fileName, MediaType type, byte[] content) {
        return portal(HttpMethod.POST, "/api/v1/documents").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form(part, fileName, type, content));
    }

    private static RequestEntity<?> verification(byte[] document, byte[] signature) {
        MultiValueMap<String, Object> form = form("document", "licence.html", MediaType.TEXT_HTML, document);
        form.addAll(form("signature", "licence.html.p7s", MediaType.APPLICATION_OCTET_STREAM, signature));
        return RequestEntity.post("/api/v1/verifications").contentType(MediaType.MULTIPART_FORM_DATA).body(form);
    }

    private static MultiValueMap<String, Object> form(String part, String fileName, MediaType type, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add(part, new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, headers));
        return form;
    }

    private ResponseEntity<String> engine(HttpMethod method, String uriTemplate, MediaType type, String body,
            Object... variables) {
        RequestEntity.BodyBuilder request = RequestEntity.method(method, uriTemplate, variables)
                .headers(basic("admin", ServiceTest.ADMIN_PASSWORD));
        if (type != null) {
            request.contentType(type);
        }
        return rest.exchange(body == null ? request.build() : request.body(body), String.class);
    }

    private static String submission(String signature, String... documents) {
        return """
                {"tenant":"aktobe","service":"fixture-licence","subService":"issue","channel":"portal",
                 "signature":"%s","documents":[%s]}""".formatted(signature,
                documents.length == 0 ? "" : "\"" + String.join("\",\"", documents) + "\"");
    }

    private static String detached(String signature, String content) {
        return """
                {"tenant":"aktobe","service":"fixture-licence","subService":"issue","channel":"portal",
                 "signature":"%s","application":"%s"}""".formatted(signature,
                content == null ? "" : SignedApplications.base64(content));
    }

    private static String signedWithApplicant(String applicant) {
        return submission(SignedApplications.signedByApplicant(APPLICATION.replace(
                "{\"iin\":\"" + DemoPki.APPLICANT_IIN + "\"}", applicant)));
    }

    private String quoted(String text) {
        try {
            return json.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body == null ? "{}" : body);
        } catch (Exception notJson) {
            throw new AssertionError("not JSON: " + body, notJson);
        }
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : WATCHED_TABLES) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }
}
