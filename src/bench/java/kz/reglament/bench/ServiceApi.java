package kz.reglament.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import kz.reglament.signature.DemoPki;
import kz.reglament.support.SignedApplications;

/**
 * The service's API as its two kinds of users call it: a portal (X-API-Key, the portal API) and staff (HTTP Basic,
 * Camunda's engine REST as Tasklist calls it). Any answer other than the one expected stops the run, with the body.
 */
final class ServiceApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String FORM = """
            {"activityType":"Стоматология","activitySubtypes":"Терапиялық стоматология","address":"Ақтөбе, Абай 1"}""";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final String base;

    ServiceApi(String base) {
        this.base = base;
    }

    /** A medical-licence application of the demo clinic, signed by its first head as NCALayer would sign it. */
    static String signedSubmission() {
        String application = """
                {"applicant":{"bin":"%s"},"form":%s}""".formatted(DemoPki.LEGAL_ENTITY_BIN, FORM);
        return """
                {"tenant":"aktobe","service":"medical-licence","subService":"issue","channel":"portal",
                 "signature":"%s","documents":[]}""".formatted(SignedApplications.signedByLegalEntityHead(application));
    }

    /** Submits a signed application; returns the created case ({@code id}, {@code number}, {@code status}). */
    JsonNode submit(String body) {
        return send(portal("/api/v1/applications").header("Idempotency-Key", UUID.randomUUID().toString())
                .header("Content-Type", "application/json").POST(body(body)), 201);
    }

    JsonNode status(String id) {
        return send(portal("/api/v1/applications/" + id).GET(), 200);
    }

    void externalAnswer(String id, String json) {
        send(portal("/api/v1/applications/" + id + "/external-answers").header("Content-Type", "application/json")
                .POST(body(json)), 202);
    }

    /** The open tasks of the case at one step, as the staff member sees them. */
    JsonNode tasks(String user, String businessKey, String taskDefinitionKey) {
        return send(staff(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskDefinitionKey).GET(), 200);
    }

    void claim(String user, String taskId) {
        send(staff(user, "/engine-rest/task/" + taskId + "/claim").header("Content-Type", "application/json")
                .POST(body("{\"userId\":\"" + user + "\"}")), 204);
    }

    void complete(String user, String taskId, String variablesJson) {
        send(staff(user, "/engine-rest/task/" + taskId + "/complete").header("Content-Type", "application/json")
                .POST(body("{\"variables\":" + variablesJson + "}")), 204);
    }

    /** The saved task filters the staff member may read. */
    JsonNode filters(String user) {
        return send(staff(user, "/engine-rest/filter?resourceType=Task").GET(), 200);
    }

    /** A filter's first page, asked for as Tasklist asks for it. */
    JsonNode filterPage(String user, String filterId, int pageSize) {
        return send(staff(user, "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=" + pageSize)
                .setHeader("Accept", "application/hal+json").header("Content-Type", "application/json")
                .POST(body("{}")), 200);
    }

    /** A page of the staff member's worklist in one of its views (MY_GROUPS, OVERDUE, ...). */
    JsonNode worklist(String user, String view, int pageSize) {
        return send(staff(user, "/api/v1/worklist?view=" + view + "&maxResults=" + pageSize), 200);
    }

    private HttpRequest.Builder portal(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("X-API-Key", BenchService.API_KEY).header("Accept-Language", "kk");
    }

    private HttpRequest.Builder staff(String user, String path) {
        String credentials = user + ":" + BenchService.STAFF_PASSWORD;
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8);
    }

    private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
        HttpRequest built = request.build();
        try {
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new UnexpectedAnswer(built, response, expectedStatus);
            }
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (UnexpectedAnswer e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException(built.method() + " " + built.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer other than the expected one; {@link #kind()} groups alike answers (their bodies differ in time). */
    static final class UnexpectedAnswer extends IllegalStateException {

        private final String kind;

        UnexpectedAnswer(HttpRequest request, HttpResponse<String> response, int expectedStatus) {
            super(request.method() + " " + request.uri() + " answered " + response.statusCode() + " instead of "
                    + expectedStatus + ": " + response.body());
            this.kind = response.statusCode() + " " + reason(response.body());
        }

        String kind() {
            return kind;
        }

        private static String reason(String body) {
            try {
                JsonNode problem = JSON.readTree(body);
                return problem.path("reason").asText(problem.path("title").asText(""));
            } catch (IOException notJson) {
                return "";
            }
        }
    }
}
