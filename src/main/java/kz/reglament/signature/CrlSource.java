package kz.reglament.signature;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.Extensions;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CRLEntryHolder;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Certificate revocation lists: files an operator keeps current, and the lists a certificate names in its CRL
 * distribution points (and freshest-CRL extension, for the NCA's delta CRLs), fetched over HTTP and cached until
 * their next update or {@code cacheTime}, whichever comes first. A list counts only if its issuer signed it and it
 * is not past its next update; a certificate that names a delta CRL is judged on base and delta together.
 */
final class CrlSource {

    static final String SOURCE = "CRL";

    private final List<Path> files;
    private final boolean distributionPoints;
    private final HttpFetcher http;
    private final Duration cacheTime;
    private final Clock clock;
    private final Map<Path, LoadedCrl> loadedFiles = new ConcurrentHashMap<>();
    private final Map<URI, LoadedCrl> fetched = new ConcurrentHashMap<>();

    CrlSource(List<Path> files, boolean distributionPoints, HttpFetcher http, Duration cacheTime, Clock clock) {
        this.files = List.copyOf(files);
        this.distributionPoints = distributionPoints;
        this.http = http;
        this.cacheTime = cacheTime;
        this.clock = clock;
    }

    RevocationStatus check(X509CertificateHolder certificate, X509CertificateHolder issuer, Instant at) {
        List<String> problems = new ArrayList<>();
        List<LoadedCrl> bases = new ArrayList<>();
        List<LoadedCrl> deltas = new ArrayList<>();
        for (Path file : files) {
            LoadedCrl crl = fromFile(file, problems);
            if (crl != null && crl.crl.getIssuer().equals(certificate.getIssuer())) {
                accept(crl, issuer, bases, deltas, problems, file.getFileName().toString());
            }
        }
        List<URI> deltaLocations = distributionPoints ? locations(certificate.getExtensions(), Extension.freshestCRL)
                : List.of();
        if (distributionPoints) {
            for (URI location : locations(certificate.getExtensions(), Extension.cRLDistributionPoints)) {
                LoadedCrl crl = fetch(location, problems);
                if (crl != null) {
                    accept(crl, issuer, bases, deltas, problems, location.toString());
                }
            }
            for (URI location : deltaLocations) {
                LoadedCrl crl = fetch(location, problems);
                if (crl != null) {
                    accept(crl, issuer, bases, deltas, problems, location.toString());
                }
            }
        }
        Instant revokedAt = null;
        for (LoadedCrl crl : concat(bases, deltas)) {
            Instant listed = crl.revoked.get(certificate.getSerialNumber());
            if (listed != null && (revokedAt == null || listed.isBefore(revokedAt))) {
                revokedAt = listed;
            }
        }
        if (revokedAt != null && !revokedAt.isAfter(at)) {
            return RevocationStatus.revoked(revokedAt, SOURCE);
        }
        if (bases.isEmpty()) {
            return RevocationStatus.unknown(SOURCE, problems.isEmpty() ? "No CRL covers the certificate's issuer"
                    : String.join("; ", problems));
        }
        if (!deltaLocations.isEmpty() && deltas.isEmpty()) {
            return RevocationStatus.unknown(SOURCE, "The certificate's delta CRL is unavailable: "
                    + String.join("; ", problems));
        }
        return RevocationStatus.good(SOURCE);
    }

    private void accept(LoadedCrl crl, X509CertificateHolder issuer, List<LoadedCrl> bases, List<LoadedCrl> deltas,
            List<String> problems, String origin) {
        if (!crl.crl.getIssuer().equals(issuer.getSubject())) {
            problems.add(origin + " is not the issuer's CRL");
        } else if (!crl.signedBy(issuer)) {
            problems.add(origin + " is not signed by the issuer");
        } else if (!crl.current(clock.instant())) {
            problems.add(origin + " is past its next update");
        } else {
            (crl.delta ? deltas : bases).add(crl);
        }
    }

    private LoadedCrl fromFile(Path file, List<String> problems) {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            LoadedCrl cached = loadedFiles.get(file);
            if (cached != null && modified.equals(cached.fileTime)) {
                return cached;
            }
            LoadedCrl loaded = new LoadedCrl(new X509CRLHolder(Files.readAllBytes(file)), clock.instant(), modified);
            loadedFiles.put(file, loaded);
            return loaded;
        } catch (IOException | RuntimeException e) {
            problems.add("CRL file " + file.getFileName() + " unreadable");
            return null;
        }
    }

    private LoadedCrl fetch(URI location, List<String> problems) {
        Instant now = clock.instant();
        LoadedCrl cached = fetched.get(location);
        if (cached != null && cached.loadedAt.plus(cacheTime).isAfter(now) && cached.current(now)) {
            return cached;
        }
        try {
            LoadedCrl loaded = new LoadedCrl(new X509CRLHolder(http.get(location)), now, null);
            fetched.put(location, loaded);
            return loaded;
        } catch (IOException | RuntimeException e) {
            if (cached != null && cached.current(now)) {
                return cached;
            }
            problems.add(location + " could not be fetched: " + e.getMessage());
            return null;
        }
    }

    private static List<URI> locations(Extensions extensions, ASN1ObjectIdentifier extension) {
        List<URI> locations = new ArrayList<>();
        if (extensions == null || extensions.getExtension(extension) == null) {
            return locations;
        }
        CRLDistPoint points = CRLDistPoint.getInstance(extensions.getExtensionParsedValue(extension));
        for (DistributionPoint point : points.getDistributionPoints()) {
            DistributionPointName name = point.getDistributionPoint();
            if (name == null || name.getType() != DistributionPointName.FULL_NAME) {
                continue;
            }
            for (GeneralName generalName : GeneralNames.getInstance(name.getName()).getNames()) {
                if (generalName.getTagNo() == GeneralName.uniformResourceIdentifier) {
                    String uri = ASN1IA5String.getInstance(generalName.getName()).getString();
                    if (uri.startsWith("http://") || uri.startsWith("https://")) {
                        locations.add(URI.create(uri));
                    }
                }
            }
        }
        return locations;
    }

    private static List<LoadedCrl> concat(List<LoadedCrl> first, List<LoadedCrl> second) {
        List<LoadedCrl> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A parsed CRL with its entries indexed, since the NCA's lists hold many thousands. */
    private static final class LoadedCrl {

        final X509CRLHolder crl;
        final Instant loadedAt;
        final FileTime fileTime;
        final boolean delta;
        final Map<BigInteger, Instant> revoked = new HashMap<>();
        private volatile byte[] verifiedIssuerKey;

        LoadedCrl(X509CRLHolder crl, Instant loadedAt, FileTime fileTime) {
            this.crl = crl;
            this.loadedAt = loadedAt;
            this.fileTime = fileTime;
            this.delta = crl.getExtension(Extension.deltaCRLIndicator) != null;
            for (Object entry : crl.getRevokedCertificates()) {
                X509CRLEntryHolder revokedEntry = (X509CRLEntryHolder) entry;
                revoked.put(revokedEntry.getSerialNumber(), revokedEntry.getRevocationDate().toInstant());
            }
        }

        boolean current(Instant now) {
            return crl.getNextUpdate() == null || crl.getNextUpdate().toInstant().isAfter(now);
        }

        boolean signedBy(X509CertificateHolder issuer) {
            byte[] issuerKey = issuer.getSubjectPublicKeyInfo().getPublicKeyData().getBytes();
            if (Arrays.equals(issuerKey, verifiedIssuerKey)) {
                return true;
            }
            try {
                boolean signed = SignatureKey.of(issuer.getSubjectPublicKeyInfo()).verifies(
                        crl.toASN1Structure().getSignatureAlgorithm(),
                        crl.toASN1Structure().getTBSCertList().getEncoded(ASN1Encoding.DER),
                        crl.toASN1Structure().getSignature().getOctets());
                if (signed) {
                    verifiedIssuerKey = issuerKey;
                }
                return signed;
            } catch (UnsupportedAlgorithmException | MalformedKeyException | IOException e) {
                return false;
            }
        }
    }
}
