package kz.reglament.signature;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.StreamUtils;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Verifies through an NCANode v3 service ({@code POST /cms/verify}, {@code POST /xml/verify}), which runs the NCA's
 * own Kalkan library. What is wrong with the signature's form (MALFORMED, CONTENT_ALTERED of attached content) is
 * decided here before asking, so that any refusal from NCANode of a well-formed signature, a 5xx, a timeout or an
 * answer this adapter does not understand is NCANode's failure: {@link VerifierUnavailableException}, never a
 * verdict on the applicant. NCANode takes no verification time: validity and revocation are judged at the moment
 * of the call, which {@link VerificationResult#checkedAt()} reports.
 */
public final class NcaNodeSignatureVerifier implements SignatureVerifier {

    private static final Logger log = LoggerFactory.getLogger(NcaNodeSignatureVerifier.class);

    /** NCANode's key users, from the same NCA OIDs as {@link SignerRole}. */
    private static final Map<String, SignerRole> KEY_USERS = Map.of("INDIVIDUAL", SignerRole.INDIVIDUAL,
            "ORGANIZATION", SignerRole.LEGAL_ENTITY, "CEO", SignerRole.FIRST_HEAD, "CAN_SIGN",
            SignerRole.SIGNING_RIGHT, "CAN_SIGN_FINANCIAL", SignerRole.FINANCIAL_SIGNING_RIGHT, "HR",
            SignerRole.HUMAN_RESOURCES, "EMPLOYEE", SignerRole.EMPLOYEE);

    /** NCANode's AdES sub-indications (ETSI EN 319 102-1), where its version reports them. */
    private static final Map<String, VerificationReason> SUB_INDICATIONS = Map.of(
            "SIG_CRYPTO_FAILURE", VerificationReason.CONTENT_ALTERED,
            "CERT_HASH_MISMATCH", VerificationReason.CONTENT_ALTERED,
            "NO_SIGNING_CERTIFICATE_FOUND", VerificationReason.MALFORMED,
            "FORMAT_FAILURE", VerificationReason.MALFORMED,
            "TIMESTAMP_INVALID", VerificationReason.MALFORMED,
            "CHAIN_INCOMPLETE", VerificationReason.UNTRUSTED_CHAIN,
            "CERT_REVOKED", VerificationReason.REVOKED,
            "REVOKED_NO_POE", VerificationReason.REVOKED,
            "REVOCATION_DATA_MISSING", VerificationReason.REVOCATION_UNKNOWN);

    private final URI baseUrl;
    private final RestClient client;
    private final List<String> revocationCheck;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final CmsSignatureReader cms = new CmsSignatureReader();
    private final XmlSignatureReader xml = new XmlSignatureReader();

    /** @param revocationCheck what NCANode is to consult: "OCSP", "CRL" or both */
    public NcaNodeSignatureVerifier(URI baseUrl, Duration connectTimeout, Duration readTimeout,
            List<String> revocationCheck, Clock clock) {
        this.baseUrl = baseUrl;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(connectTimeout).build());
        requests.setReadTimeout(readTimeout);
        this.client = RestClient.builder().baseUrl(baseUrl.toString()).requestFactory(requests).build();
        this.revocationCheck = List.copyOf(revocationCheck);
        this.clock = clock;
    }

    URI baseUrl() {
        return baseUrl;
    }

    @Override
    public VerificationResult verify(VerificationRequest request) {
        Instant at = clock.instant();
        SignatureReading shape = request.format() == SignatureFormat.XML ? xml.shapeProblem(request)
                : cms.shapeProblem(request);
        if (shape != null) {
            return new VerificationResult(shape.failure(), shape.detail(), null, null, null, at);
        }
        JsonNode answer = ask(request);
        VerificationResult result = judge(request, answer, at);
        log.debug("Signature verified by NCANode: {}", result);
        return result;
    }

    private JsonNode ask(VerificationRequest request) {
        ObjectNode body = json.createObjectNode();
        String path;
        if (request.format() == SignatureFormat.XML) {
            path = "/xml/verify";
            body.put("xml", new String(request.signature(), StandardCharsets.UTF_8));
        } else {
            path = "/cms/verify";
            body.put("cms", Base64.getEncoder().encodeToString(request.signature()));
            if (request.format() == SignatureFormat.CMS_DETACHED) {
                body.put("data", Base64.getEncoder().encodeToString(request.content()));
            }
        }
        ArrayNode checks = body.putArray("revocationCheck");
        revocationCheck.forEach(checks::add);
        Answer answer;
        try {
            answer = client.post().uri(path).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .body(json.writeValueAsString(body))
                    .exchange((httpRequest, response) -> new Answer(response.getStatusCode().value(),
                            StreamUtils.copyToString(response.getBody(), StandardCharsets.UTF_8)));
        } catch (RestClientException | IOException e) {
            throw new VerifierUnavailableException("NCANode at " + baseUrl + " did not answer " + path + ": "
                    + e.getMessage(), e);
        }
        if (answer.status() / 100 != 2) {
            throw new VerifierUnavailableException("NCANode answered " + path + " with HTTP " + answer.status()
                    + (answer.status() / 100 == 4 ? " to a well-formed signature" : "") + ": "
                    + abbreviate(answer.body()));
        }
        try {
            JsonNode tree = json.readTree(answer.body());
            if (tree == null || !tree.path("valid").isBoolean() || !tree.path("signers").isArray()
                    || tree.path("signers").isEmpty()
                    || tree.has("status") && tree.path("status").asInt(200) != 200) {
                // The body is not quoted: it may name the signer.
                throw new VerifierUnavailableException("NCANode's answer to " + path
                        + " is not understood: no status 200, boolean 'valid' and signers");
            }
            return tree;
        } catch (IOException e) {
            throw new VerifierUnavailableException("NCANode's answer to " + path + " is not JSON", e);
        }
    }

    private record Answer(int status, String body) {
    }

    private VerificationResult judge(VerificationRequest request, JsonNode answer, Instant at) {
        JsonNode signerNode = answer.path("signers").get(0);
        boolean xmlAnswer = request.format() == SignatureFormat.XML;
        JsonNode certificate = xmlAnswer ? signerNode : signerNode.path("certificates").path(0);
        if (!certificate.isObject()) {
            throw new VerifierUnavailableException("NCANode's answer names no signer certificate");
        }
        Signer signer = signer(certificate);
        Instant signingTime = instant(signerNode.path("tsp").path("genTime"));
        String algorithm = text(certificate.path("signAlg"));
        String subIndication = text(xmlAnswer ? answer.path("adesSubIndication") : signerNode.path("subIndication"));
        String status = text(xmlAnswer ? answer.path("adesStatus") : signerNode.path("status"));
        VerificationReason reason;
        if (subIndication != null) {
            reason = SUB_INDICATIONS.get(subIndication);
            if ("OUT_OF_BOUNDS_NO_POE".equals(subIndication)) {
                reason = at.isBefore(signer.notBefore()) ? VerificationReason.NOT_YET_VALID : VerificationReason.EXPIRED;
            }
            if (reason == null) {
                throw new VerifierUnavailableException("NCANode reported an unknown sub-indication " + subIndication);
            }
        } else if (status != null && !"VALID".equals(status)) {
            throw new VerifierUnavailableException("NCANode reported " + status + " without saying why");
        } else {
            reason = answer.path("valid").asBoolean() ? VerificationReason.VALID
                    : reasonFromCertificate(certificate, signer, at);
        }
        if (reason == VerificationReason.VALID && !request.expectedSigner().accepts(signer)) {
            reason = VerificationReason.IDENTITY_MISMATCH;
        }
        return new VerificationResult(reason, "NCANode: " + (subIndication != null ? subIndication
                : answer.path("valid").asBoolean() ? "valid" : "invalid"), signer, signingTime, algorithm, at);
    }

    /** NCANode versions before AdES sub-indications say only "invalid"; the certificate part says why. */
    private VerificationReason reasonFromCertificate(JsonNode certificate, Signer signer, Instant at) {
        Set<String> consulted = new HashSet<>();
        for (JsonNode revocation : certificate.path("revocations")) {
            if (revocation.path("revoked").asBoolean()) {
                return VerificationReason.REVOKED;
            }
            consulted.add(text(revocation.path("by")));
        }
        if (at.isBefore(signer.notBefore())) {
            return VerificationReason.NOT_YET_VALID;
        }
        if (at.isAfter(signer.notAfter())) {
            return VerificationReason.EXPIRED;
        }
        if (!consulted.containsAll(revocationCheck)) {
            return VerificationReason.REVOCATION_UNKNOWN;
        }
        return certificate.path("valid").asBoolean() ? VerificationReason.CONTENT_ALTERED
                : VerificationReason.UNTRUSTED_CHAIN;
    }

    private static Signer signer(JsonNode certificate) {
        JsonNode subject = certificate.path("subject");
        Set<SignerRole> roles = EnumSet.noneOf(SignerRole.class);
        for (JsonNode keyUser : certificate.path("keyUser")) {
            SignerRole role = KEY_USERS.get(keyUser.asText());
            if (role != null) {
                roles.add(role);
            }
        }
        Instant notBefore = instant(certificate.path("notBefore"));
        Instant notAfter = instant(certificate.path("notAfter"));
        if (notBefore == null || notAfter == null) {
            throw new VerifierUnavailableException("NCANode's answer gives no certificate validity period");
        }
        return new Signer(text(subject.path("dn")), text(subject.path("iin")), text(subject.path("bin")), roles,
                text(certificate.path("serialNumber")), text(certificate.path("issuer").path("dn")), notBefore,
                notAfter);
    }

    /** NCANode writes dates as ISO 8601 with an offset; older configurations as epoch milliseconds. */
    private static Instant instant(JsonNode value) {
        if (value.isNumber()) {
            return Instant.ofEpochMilli(value.asLong());
        }
        if (!value.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new VerifierUnavailableException("NCANode's date " + value.asText() + " is not understood");
        }
    }

    private static String text(JsonNode value) {
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }
}
