package kz.reglament.signature;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;

/**
 * Builds and checks the path from a signer's certificate to a configured trusted root, through configured
 * intermediate certificates only: the certificates a signature carries are never trusted for the path, so what is
 * trusted is exactly what an operator configured. Checked: each signature, each issuer being a CA allowed to sign
 * certificates, path lengths, validity of the issuers at the time of the check, and no critical extension this
 * service does not understand. Not checked: certificate policies and name constraints, which the NCA's hierarchy
 * does not rely on.
 */
final class CertificateChains {

    private static final int MAXIMUM_DEPTH = 6;
    private static final Set<ASN1ObjectIdentifier> UNDERSTOOD_CRITICAL_EXTENSIONS = Set.of(Extension.keyUsage,
            Extension.basicConstraints, Extension.extendedKeyUsage, Extension.certificatePolicies,
            Extension.subjectAlternativeName, Extension.subjectKeyIdentifier, Extension.authorityKeyIdentifier,
            Extension.cRLDistributionPoints, Extension.freshestCRL, Extension.authorityInfoAccess,
            Extension.privateKeyUsagePeriod);

    /** A path from signer to root, or why there is none. */
    record Chain(List<X509CertificateHolder> path, VerificationReason failure, String detail) {

        boolean trusted() {
            return failure == null;
        }

        /** The certificate that issued the signer's, which vouches for its revocation status. */
        X509CertificateHolder issuerOfSigner() {
            return path.size() > 1 ? path.get(1) : path.get(0);
        }
    }

    private final List<X509CertificateHolder> roots;
    private final List<X509CertificateHolder> intermediates;

    CertificateChains(List<X509CertificateHolder> roots, List<X509CertificateHolder> intermediates) {
        this.roots = List.copyOf(roots);
        this.intermediates = List.copyOf(intermediates);
    }

    int rootCount() {
        return roots.size();
    }

    int intermediateCount() {
        return intermediates.size();
    }

    Chain validate(X509CertificateHolder signer, Instant at) {
        List<X509CertificateHolder> path = new ArrayList<>(List.of(signer));
        String unsupported = null;
        X509CertificateHolder current = signer;
        while (!isRoot(current)) {
            if (path.size() > MAXIMUM_DEPTH) {
                return untrusted(path, "Certificate path longer than " + MAXIMUM_DEPTH);
            }
            X509CertificateHolder issuer = null;
            for (X509CertificateHolder candidate : candidateIssuers(current)) {
                try {
                    if (Certificates.issuedBy(current, candidate)) {
                        issuer = candidate;
                        break;
                    }
                } catch (UnsupportedAlgorithmException e) {
                    unsupported = e.getMessage();
                }
            }
            if (issuer == null) {
                return unsupported != null
                        ? new Chain(path, VerificationReason.UNSUPPORTED_ALGORITHM, unsupported)
                        : untrusted(path, "No configured trusted or intermediate certificate issued the "
                                + (current == signer ? "signer's" : "intermediate") + " certificate");
            }
            String problem = issuerProblem(issuer, path.size() - 1, at);
            if (problem != null) {
                return untrusted(path, problem);
            }
            path.add(issuer);
            current = issuer;
        }
        for (X509CertificateHolder certificate : path) {
            for (Object oid : certificate.getCriticalExtensionOIDs()) {
                if (!UNDERSTOOD_CRITICAL_EXTENSIONS.contains((ASN1ObjectIdentifier) oid)) {
                    return untrusted(path, "Critical extension " + oid + " is not understood");
                }
            }
        }
        return new Chain(List.copyOf(path), null, null);
    }

    private boolean isRoot(X509CertificateHolder certificate) {
        return roots.stream().anyMatch(root -> sameCertificate(root, certificate));
    }

    private List<X509CertificateHolder> candidateIssuers(X509CertificateHolder certificate) {
        AuthorityKeyIdentifier authorityKey = AuthorityKeyIdentifier.fromExtensions(certificate.getExtensions());
        byte[] keyIdentifier = authorityKey == null ? null : authorityKey.getKeyIdentifier();
        List<X509CertificateHolder> candidates = new ArrayList<>();
        for (List<X509CertificateHolder> source : List.of(roots, intermediates)) {
            for (X509CertificateHolder candidate : source) {
                if (!candidate.getSubject().equals(certificate.getIssuer())) {
                    continue;
                }
                SubjectKeyIdentifier subjectKey = SubjectKeyIdentifier.fromExtensions(candidate.getExtensions());
                if (keyIdentifier != null && subjectKey != null
                        && !Arrays.equals(keyIdentifier, subjectKey.getKeyIdentifier())) {
                    continue;
                }
                candidates.add(candidate);
            }
        }
        return candidates;
    }

    /** Why {@code issuer} may not issue a certificate with {@code intermediatesBelow} CA certificates under it. */
    private static String issuerProblem(X509CertificateHolder issuer, int intermediatesBelow, Instant at) {
        BasicConstraints constraints = BasicConstraints.fromExtensions(issuer.getExtensions());
        if (constraints == null ? issuer.getVersionNumber() >= 3 : !constraints.isCA()) {
            return "An issuing certificate is not a CA certificate";
        }
        if (constraints != null && constraints.getPathLenConstraint() != null
                && constraints.getPathLenConstraint().intValue() < intermediatesBelow) {
            return "The path is longer than an issuing CA allows";
        }
        KeyUsage usage = KeyUsage.fromExtensions(issuer.getExtensions());
        if (usage != null && !usage.hasUsages(KeyUsage.keyCertSign)) {
            return "An issuing CA's key may not sign certificates";
        }
        if (!Certificates.validAt(issuer, at)) {
            return "An issuing CA certificate was not valid at " + at;
        }
        return null;
    }

    private static boolean sameCertificate(X509CertificateHolder first, X509CertificateHolder second) {
        return first.equals(second);
    }

    private static Chain untrusted(List<X509CertificateHolder> path, String detail) {
        return new Chain(List.copyOf(path), VerificationReason.UNTRUSTED_CHAIN, detail);
    }
}
