package kz.reglament.signature;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.reglament.tenant.Tenants;
import org.bouncycastle.cert.X509CertificateHolder;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The signature beans, as {@code reglament.signature} configures them. */
@Configuration(proxyBeanMethods = false)
class SignatureConfiguration {

    static final String VERIFIER = "reglament.signature.verifier";
    private static final Logger log = LoggerFactory.getLogger(SignatureConfiguration.class);

    /** "Now" is the engine's, so that a case's timeline and its signatures agree, and tests move both. */
    static final Clock ENGINE_CLOCK = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return ClockUtil.getCurrentTime().toInstant();
        }
    };

    @Bean
    @ConditionalOnProperty(name = "reglament.demo.enabled", havingValue = "true")
    DemoPki demoPki(SignatureProperties properties, Tenants tenants, Environment environment) {
        Path directory = properties.demoPki().directory() != null ? properties.demoPki().directory()
                : Path.of(environment.getProperty("reglament.data-directory", "./data"), "demo-pki");
        DemoPki pki = new DemoPki(directory, List.copyOf(tenants.ids()), Clock.systemUTC());
        pki.ensure();
        return pki;
    }

    @Bean
    CertificateChains certificateChains(SignatureProperties properties, ObjectProvider<DemoPki> demoPki) {
        List<Path> roots = new ArrayList<>(properties.trust().roots());
        List<Path> intermediates = new ArrayList<>(properties.trust().intermediates());
        DemoPki demo = demoPki.getIfAvailable();
        if (demo != null) {
            roots.add(demo.rootCertificate());
            intermediates.add(demo.intermediateCertificate());
        }
        CertificateChains chains = new CertificateChains(read(roots), read(intermediates));
        if (chains.rootCount() == 0) {
            log.warn("No trusted root certificates are configured (reglament.signature.trust.roots): every "
                    + "application's signature is UNTRUSTED_CHAIN until the NCA's root certificates are configured");
        } else {
            log.info("Signatures are trusted when they chain to {} root and {} intermediate certificates",
                    chains.rootCount(), chains.intermediateCount());
        }
        return chains;
    }

    @Bean
    RevocationChecker revocationChecker(SignatureProperties properties, ObjectProvider<DemoPki> demoPki) {
        SignatureProperties.Revocation revocation = properties.revocation();
        List<Path> crlFiles = new ArrayList<>(revocation.crlFiles());
        DemoPki demo = demoPki.getIfAvailable();
        if (demo != null) {
            crlFiles.add(demo.crl());
        }
        OcspClient ocsp = revocation.ocspUrl() == null ? null
                : new OcspClient(revocation.ocspUrl(), new HttpFetcher(revocation.ocspTimeout()), ENGINE_CLOCK);
        if (ocsp == null && crlFiles.isEmpty() && !revocation.crlDistributionPoints()) {
            log.warn("No revocation source is configured (reglament.signature.revocation): every signature is "
                    + "REVOCATION_UNKNOWN");
        }
        return new RevocationSources(ocsp, new CrlSource(crlFiles, revocation.crlDistributionPoints(),
                new HttpFetcher(revocation.crlTimeout()), revocation.crlCacheTime(), ENGINE_CLOCK));
    }

    @Bean
    @ConditionalOnProperty(name = VERIFIER, havingValue = SignatureProperties.IN_PROCESS, matchIfMissing = true)
    SignatureVerifier inProcessSignatureVerifier(CertificateChains chains, RevocationChecker revocation) {
        log.info("Applications' signatures are verified in-process");
        return new InProcessSignatureVerifier(chains, revocation, ENGINE_CLOCK);
    }

    @Bean
    @ConditionalOnProperty(name = VERIFIER, havingValue = SignatureProperties.NCANODE)
    SignatureVerifier ncaNodeSignatureVerifier(SignatureProperties properties) {
        NcaNodeSignatureVerifier verifier = ncaNode(properties);
        log.info("Applications' signatures are verified by NCANode at {}", verifier.baseUrl());
        return verifier;
    }

    @Bean
    @ConditionalOnProperty(name = VERIFIER, havingValue = SignatureProperties.IN_PROCESS_WITH_NCANODE_FALLBACK)
    SignatureVerifier fallbackSignatureVerifier(CertificateChains chains, RevocationChecker revocation,
            SignatureProperties properties) {
        NcaNodeSignatureVerifier ncaNode = ncaNode(properties);
        log.info("Applications' signatures are verified in-process, by NCANode at {} where unsupported",
                ncaNode.baseUrl());
        return new FallbackSignatureVerifier(new InProcessSignatureVerifier(chains, revocation, ENGINE_CLOCK), ncaNode);
    }

    /** The service's own documents are always checked in-process: NCANode cannot judge them at their signing time. */
    @Bean
    DocumentSignatureVerifier documentSignatureVerifier(CertificateChains chains, RevocationChecker revocation) {
        return new DocumentSignatureVerifier(new InProcessSignatureVerifier(chains, revocation, ENGINE_CLOCK));
    }

    @Bean
    DocumentSigner documentSigner(SignatureProperties properties, Tenants tenants, ObjectProvider<DemoPki> demoPki) {
        Map<String, SigningCredential> keys = new LinkedHashMap<>();
        properties.tenants().forEach((tenantId, key) -> {
            if (!tenants.contains(tenantId)) {
                throw new IllegalStateException("reglament.signature.tenants names an unknown tenant " + tenantId);
            }
            keys.put(tenantId, keyStore(tenantId, key.keyStore(), key.keyStorePassword(), key.keyAlias()));
        });
        DemoPki demo = demoPki.getIfAvailable();
        if (demo != null) {
            for (String tenantId : tenants.ids()) {
                keys.computeIfAbsent(tenantId, id -> keyStore(id, demo.tenantKeyStore(id), DemoPki.PASSWORD,
                        DemoPki.TENANT_KEY_ALIAS));
            }
        }
        List<String> without = tenants.ids().stream().filter(id -> !keys.containsKey(id)).toList();
        if (!without.isEmpty()) {
            log.warn("Result documents of {} cannot be signed until a key store is configured "
                    + "(reglament.signature.tenants.<tenant>.key-store)", without);
        }
        return new DocumentSigner(keys, ENGINE_CLOCK);
    }

    private static NcaNodeSignatureVerifier ncaNode(SignatureProperties properties) {
        SignatureProperties.NcaNode ncanode = properties.ncanode();
        if (ncanode.url() == null) {
            throw new IllegalStateException("reglament.signature.ncanode.url is required by "
                    + VERIFIER + "=" + properties.verifier());
        }
        return new NcaNodeSignatureVerifier(ncanode.url(), ncanode.connectTimeout(), ncanode.readTimeout(),
                ncanode.revocationCheck(), ENGINE_CLOCK);
    }

    private static SigningCredential keyStore(String tenantId, Path file, String password, String alias) {
        try {
            return SigningCredential.read(file, password.toCharArray(), alias);
        } catch (IOException e) {
            throw new IllegalStateException("Tenant " + tenantId + "'s signing key store: " + e.getMessage(), e);
        }
    }

    private static List<X509CertificateHolder> read(List<Path> files) {
        List<X509CertificateHolder> certificates = new ArrayList<>();
        for (Path file : files) {
            try {
                certificates.addAll(Certificates.read(file));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("Trusted certificate file " + file + " unreadable: " + e.getMessage(),
                        e);
            }
        }
        return certificates;
    }
}
