package kz.reglament.signature;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;

/**
 * Checks a result document against its detached signature with the service's verifier and trusted roots. The
 * signer's certificate is judged at the document's signing time, so a licence stays verifiable after the provider's
 * certificate has expired; that time is the provider's own statement, which for its own documents is trusted.
 */
public final class DocumentSignatureVerifier {

    /** The reasons that come after the signature was shown to cover exactly the document. */
    private static final Set<VerificationReason> INTACT = EnumSet.of(VerificationReason.VALID,
            VerificationReason.UNTRUSTED_CHAIN, VerificationReason.EXPIRED, VerificationReason.NOT_YET_VALID,
            VerificationReason.REVOKED, VerificationReason.REVOCATION_UNKNOWN, VerificationReason.IDENTITY_MISMATCH);

    private final SignatureVerifier verifier;

    public DocumentSignatureVerifier(SignatureVerifier verifier) {
        this.verifier = verifier;
    }

    public DocumentVerification verify(byte[] document, byte[] signature) {
        VerificationRequest request = VerificationRequest.cmsDetached(signature, document, ExpectedSigner.ANYONE);
        Instant signedAt = signingTime(signature);
        VerificationResult result = verifier.verify(signedAt == null ? request : request.at(signedAt));
        Signer signer = result.signer();
        return new DocumentVerification(INTACT.contains(result.reason()), result.valid(),
                signer == null ? null : signer.subject(), signer == null ? null : signer.bin(),
                result.signingTime() != null ? result.signingTime() : signedAt, result);
    }

    private static Instant signingTime(byte[] signature) {
        try {
            SignerInformation signer = new CMSSignedData(signature).getSignerInfos().getSigners().iterator().next();
            Attribute attribute = signer.getSignedAttributes() == null ? null
                    : signer.getSignedAttributes().get(CMSAttributes.signingTime);
            ASN1Encodable value = attribute == null ? null : attribute.getAttrValues().getObjectAt(0);
            return value == null ? null : Time.getInstance(value).getDate().toInstant();
        } catch (CMSException | RuntimeException unreadable) {
            // The verifier says what is wrong with it.
            return null;
        }
    }
}
