package kz.reglament.signature;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Electronic signatures: which verifier runs, what it trusts, where it learns of revocations, and each tenant's key
 * for signing result documents. See docs/signatures.md.
 *
 * @param verifier {@value #IN_PROCESS}, {@value #NCANODE} or {@value #IN_PROCESS_WITH_NCANODE_FALLBACK}
 */
@Validated
@ConfigurationProperties("reglament.signature")
public record SignatureProperties(
        @Pattern(regexp = IN_PROCESS + "|" + NCANODE + "|" + IN_PROCESS_WITH_NCANODE_FALLBACK) String verifier,
        @Valid Trust trust, @Valid Revocation revocation, @Valid NcaNode ncanode,
        Map<String, @Valid TenantKey> tenants, DemoPki demoPki) {

    public static final String IN_PROCESS = "in-process";
    public static final String NCANODE = "ncanode";
    public static final String IN_PROCESS_WITH_NCANODE_FALLBACK = "in-process-with-ncanode-fallback";

    public SignatureProperties {
        verifier = verifier == null ? IN_PROCESS : verifier;
        trust = trust == null ? new Trust(null, null) : trust;
        revocation = revocation == null ? new Revocation(null, null, null, null, null, null) : revocation;
        ncanode = ncanode == null ? new NcaNode(null, null, null, null) : ncanode;
        tenants = tenants == null ? Map.of() : new LinkedHashMap<>(tenants);
        demoPki = demoPki == null ? new DemoPki(null) : demoPki;
    }

    /**
     * @param roots the NCA's root certificates, PEM or DER files; none means nothing is trusted
     * @param intermediates the NCA's intermediate certificates; only these may stand between a signer and a root
     */
    public record Trust(List<Path> roots, List<Path> intermediates) {
        public Trust {
            roots = roots == null ? List.of() : List.copyOf(roots);
            intermediates = intermediates == null ? List.of() : List.copyOf(intermediates);
        }
    }

    /**
     * @param ocspUrl the NCA's OCSP responder, asked first when set
     * @param crlFiles CRL files an operator keeps current, for CAs whose certificates name no distribution point
     * @param crlDistributionPoints whether to fetch the CRLs a certificate names (and its delta CRLs) over HTTP
     * @param ocspTimeout for each OCSP request, from connecting to the last byte
     * @param crlTimeout for each CRL download, from connecting to the last byte: the NCA's full CRLs are large
     * @param crlCacheTime how long a fetched CRL is kept at most; never beyond its next update
     */
    public record Revocation(URI ocspUrl, List<Path> crlFiles, Boolean crlDistributionPoints, Duration ocspTimeout,
            Duration crlTimeout, Duration crlCacheTime) {
        public Revocation {
            crlFiles = crlFiles == null ? List.of() : List.copyOf(crlFiles);
            crlDistributionPoints = crlDistributionPoints == null || crlDistributionPoints;
            ocspTimeout = ocspTimeout == null ? Duration.ofSeconds(5) : ocspTimeout;
            crlTimeout = crlTimeout == null ? Duration.ofSeconds(30) : crlTimeout;
            crlCacheTime = crlCacheTime == null ? Duration.ofHours(1) : crlCacheTime;
        }
    }

    /**
     * @param url NCANode's base address, e.g. http://ncanode:14579
     * @param revocationCheck what NCANode consults: OCSP, CRL or both
     */
    public record NcaNode(URI url, Duration connectTimeout, Duration readTimeout,
            List<@Pattern(regexp = "OCSP|CRL") String> revocationCheck) {
        public NcaNode {
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(2) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(15) : readTimeout;
            revocationCheck = revocationCheck == null ? List.of("OCSP") : List.copyOf(revocationCheck);
        }
    }

    /** A tenant's PKCS#12 for signing its result documents; the alias may be left out when it holds one key. */
    public record TenantKey(@NotNull Path keyStore, String keyStorePassword, String keyAlias) {
        public TenantKey {
            keyStorePassword = keyStorePassword == null ? "" : keyStorePassword;
        }

        @Override
        public String toString() {
            return "TenantKey[" + keyStore + ", alias " + keyAlias + "]";
        }
    }

    /** @param directory where the demo profile keeps the demo PKI it generates; unused outside that profile */
    public record DemoPki(Path directory) {
    }
}
