package kz.reglament.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import kz.reglament.support.RunningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A portal authenticated by an identity provider's bearer token: the service reads the provider's key set from its
 * JWKS address (a local stand-in here), accepts tokens it signed, scopes the client by their claims, and refuses
 * tokens signed by anyone else or expired.
 */
class BearerTokenClientTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private RSAKey providerKey;
    private HttpServer identityProvider;
    private ConfigurableApplicationContext service;
    private String base;

    @BeforeEach
    void anIdentityProviderAndTheServiceTrustingIt() throws Exception {
        providerKey = new RSAKeyGenerator(2048).keyID("provider-1").generate();
        byte[] jwks = new JWKSet(providerKey.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        identityProvider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        identityProvider.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        identityProvider.start();
        service = RunningService.start(null, "reglament.security.admin.password=Keeper-of-7-Keys",
                "reglament.data-directory=./target/test-data/bearer-" + UUID.randomUUID(),
                "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:"
                        + identityProvider.getAddress().getPort() + "/jwks");
        base = "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port");
    }

    @AfterEach
    void stop() {
        service.close();
        identityProvider.stop(0);
    }

    @Test
    void aTokenFromTheConfiguredProviderAuthenticatesItsClientWithinItsScope() throws Exception {
        String token = token(providerKey, "egov-portal", List.of("aktobe"), Instant.now().plusSeconds(300));

        HttpResponse<String> own = get("/api/v1/applications", token);
        HttpResponse<String> otherTenant = post("/api/v1/applications", token, """
                {"tenant":"zhambyl","service":"fixture-licence","subService":"issue","channel":"portal",
                 "signature":"AAAA"}""");

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).isEqualTo("[]");
        assertThat(otherTenant.statusCode()).isEqualTo(403);
        assertThat(otherTenant.body()).contains("\"reason\":\"TENANT_NOT_ALLOWED\"");
    }

    @Test
    void aForeignOrExpiredTokenIsRefused() throws Exception {
        RSAKey stranger = new RSAKeyGenerator(2048).keyID("provider-1").generate();

        HttpResponse<String> foreign = get("/api/v1/applications",
                token(stranger, "egov-portal", List.of("aktobe"), Instant.now().plusSeconds(300)));
        HttpResponse<String> expired = get("/api/v1/applications",
                token(providerKey, "egov-portal", List.of("aktobe"), Instant.now().minusSeconds(300)));

        assertThat(foreign.statusCode()).isEqualTo(401);
        assertThat(foreign.body()).contains("CLIENT_UNAUTHENTICATED");
        assertThat(expired.statusCode()).isEqualTo(401);
    }

    private static String token(RSAKey key, String clientId, List<String> tenants, Instant expiry) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject(clientId).claim("client_id", clientId).claim("tenants", tenants)
                        .claim("services", List.of("fixture-licence")).issueTime(new Date())
                        .expirationTime(Date.from(expiry)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
