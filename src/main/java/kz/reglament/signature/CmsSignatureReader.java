package kz.reglament.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.Signer;

/**
 * Reads a CMS SignedData with exactly one signer and checks that its signature covers exactly the content: the
 * message digest over the content, then the signature over the signed attributes with the signer's key.
 */
final class CmsSignatureReader {

    SignatureReading read(VerificationRequest request) {
        try {
            Parsed parsed = parse(request);
            return verify(parsed.cms(), parsed.signerInfo(), parsed.certificate(), parsed.content());
        } catch (Refused refused) {
            return refused.reading;
        } catch (RuntimeException unreadable) {
            // BouncyCastle parses lazily and answers broken ASN.1 deep inside with unchecked exceptions.
            return SignatureReading.failed(VerificationReason.MALFORMED, "Unreadable CMS structure");
        }
    }

    /**
     * Whether the signature is one this service accepts to verify at all: a SignedData with one signer whose
     * certificate it carries, holding (or given) the submitted content. {@code null} if so.
     */
    SignatureReading shapeProblem(VerificationRequest request) {
        try {
            parse(request);
            return null;
        } catch (Refused refused) {
            return refused.reading;
        } catch (RuntimeException unreadable) {
            return SignatureReading.failed(VerificationReason.MALFORMED, "Unreadable CMS structure");
        }
    }

    private record Parsed(CMSSignedData cms, SignerInformation signerInfo, X509CertificateHolder certificate,
            byte[] content) {
    }

    private static final class Refused extends Exception {
        final transient SignatureReading reading;

        Refused(VerificationReason reason, String detail) {
            super(detail, null, false, false);
            this.reading = SignatureReading.failed(reason, detail);
        }
    }

    private static Parsed parse(VerificationRequest request) throws Refused {
        CMSSignedData cms;
        try {
            cms = new CMSSignedData(request.signature());
        } catch (CMSException | RuntimeException e) {
            throw new Refused(VerificationReason.MALFORMED, "Not a CMS SignedData");
        }
        byte[] encapsulated;
        try {
            encapsulated = content(cms.getSignedContent());
        } catch (IOException | CMSException e) {
            throw new Refused(VerificationReason.MALFORMED, "Unreadable signed content");
        }
        byte[] content;
        if (request.format() == SignatureFormat.CMS_ATTACHED) {
            if (encapsulated == null) {
                throw new Refused(VerificationReason.MALFORMED,
                        "A detached signature was sent as an attached one: the signed content is missing");
            }
            content = encapsulated;
        } else {
            content = request.content();
        }
        if (encapsulated != null && request.content() != null && !Arrays.equals(request.content(), encapsulated)) {
            throw new Refused(VerificationReason.CONTENT_ALTERED,
                    "The content inside the signature is not the submitted content");
        }
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw new Refused(VerificationReason.MALFORMED,
                    signers.size() + " signatures; an application carries exactly one");
        }
        SignerInformation signerInfo = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signerInfo.getSID());
        if (matches.isEmpty()) {
            throw new Refused(VerificationReason.MALFORMED, "The signer's certificate is not included");
        }
        return new Parsed(cms, signerInfo, matches.iterator().next(), content);
    }

    private SignatureReading verify(CMSSignedData cms, SignerInformation signerInfo,
            X509CertificateHolder certificate, byte[] content) {
        AttributeTable signedAttributes = signerInfo.getSignedAttributes();
        Instant signingTime = signedAttributes == null ? null : signingTime(signedAttributes);
        SigningAlgorithm algorithm = SigningAlgorithm.forCms(new ASN1ObjectIdentifier(signerInfo.getDigestAlgOID()),
                new ASN1ObjectIdentifier(signerInfo.getEncryptionAlgOID())).orElse(null);
        if (algorithm == null) {
            return SignatureReading.failed(VerificationReason.UNSUPPORTED_ALGORITHM, "Signature algorithm "
                    + signerInfo.getEncryptionAlgOID() + " with digest " + signerInfo.getDigestAlgOID(), certificate,
                    null, signingTime);
        }
        Signer verifier;
        try {
            verifier = SignatureKey.of(certificate.getSubjectPublicKeyInfo()).verifier(algorithm);
        } catch (UnsupportedAlgorithmException e) {
            return SignatureReading.failed(VerificationReason.UNSUPPORTED_ALGORITHM, e.getMessage(), certificate,
                    algorithm, signingTime);
        } catch (MalformedKeyException e) {
            return SignatureReading.failed(VerificationReason.MALFORMED, e.getMessage(), certificate, algorithm,
                    signingTime);
        }
        byte[] signed;
        if (signedAttributes == null) {
            signed = content;
        } else {
            ASN1Encodable messageDigest = single(signedAttributes, CMSAttributes.messageDigest);
            ASN1Encodable contentType = single(signedAttributes, CMSAttributes.contentType);
            if (messageDigest == null || contentType == null) {
                return SignatureReading.failed(VerificationReason.MALFORMED,
                        "Signed attributes without one message digest and one content type", certificate, algorithm,
                        signingTime);
            }
            if (!contentType.equals(cms.getSignedContentType()) || !(messageDigest instanceof ASN1OctetString digest)
                    || !Arrays.equals(digest.getOctets(), digest(algorithm, content))) {
                return SignatureReading.failed(VerificationReason.CONTENT_ALTERED,
                        "The message digest does not match the content", certificate, algorithm, signingTime);
            }
            try {
                signed = signerInfo.getEncodedSignedAttributes();
            } catch (IOException e) {
                return SignatureReading.failed(VerificationReason.MALFORMED, "Unreadable signed attributes",
                        certificate, algorithm, signingTime);
            }
        }
        verifier.update(signed, 0, signed.length);
        if (!SignatureKey.verifiesQuietly(verifier, signerInfo.getSignature())) {
            return SignatureReading.failed(VerificationReason.CONTENT_ALTERED,
                    "The signature value does not verify with the signer's key", certificate, algorithm, signingTime);
        }
        return SignatureReading.intact(certificate, algorithm, signingTime);
    }

    private static byte[] content(CMSTypedData signedContent) throws IOException, CMSException {
        if (signedContent == null) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        signedContent.write(out);
        return out.toByteArray();
    }

    private static byte[] digest(SigningAlgorithm algorithm, byte[] content) {
        Digest digest = algorithm.newDigest();
        digest.update(content, 0, content.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }

    private static ASN1Encodable single(AttributeTable attributes, ASN1ObjectIdentifier type) {
        if (attributes.getAll(type).size() != 1) {
            return null;
        }
        Attribute attribute = attributes.get(type);
        return attribute.getAttrValues().size() == 1 ? attribute.getAttrValues().getObjectAt(0) : null;
    }

    private static Instant signingTime(AttributeTable attributes) {
        ASN1Encodable value = single(attributes, CMSAttributes.signingTime);
        try {
            return value == null ? null : Time.getInstance(value).getDate().toInstant();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
