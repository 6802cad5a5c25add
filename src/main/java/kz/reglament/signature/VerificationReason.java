package kz.reglament.signature;

/**
 * Why a signature was, or was not, accepted: the first check that failed (docs/signatures.md lists them in order),
 * and what the caller should do about it.
 */
public enum VerificationReason {

    VALID(Disposition.ACCEPT),
    /** Not a signature this service can read: not CMS or XMLDSig, no signer certificate, several signers. */
    MALFORMED(Disposition.REFUSE),
    /** A key or algorithm that is not the NCA's (or too weak), or one this verifier cannot check. */
    UNSUPPORTED_ALGORITHM(Disposition.REFUSE),
    /** The signature does not cover exactly the submitted content, or does not verify at all. */
    CONTENT_ALTERED(Disposition.REFUSE),
    /** The certificate does not chain to a configured trusted root. */
    UNTRUSTED_CHAIN(Disposition.REFUSE),
    /** The certificate had expired at the time of the check. */
    EXPIRED(Disposition.REFUSE),
    /** The certificate was not yet valid at the time of the check. */
    NOT_YET_VALID(Disposition.REFUSE),
    /** The certificate was revoked (or suspended) before the time of the check. */
    REVOKED(Disposition.REFUSE),
    /** Neither OCSP nor a CRL could say whether the certificate was revoked: not the applicant's fault. */
    REVOCATION_UNKNOWN(Disposition.RETRY),
    /** The IIN or BIN in the certificate is not the applicant's. */
    IDENTITY_MISMATCH(Disposition.REFUSE);

    /** What a process or portal does with the outcome. */
    public enum Disposition {
        /** The signature is the applicant's and valid. */
        ACCEPT,
        /** The applicant must sign again (or with another key): the regulation's refusal for an unconfirmed signature. */
        REFUSE,
        /** The service could not decide now; ask again later and raise an incident if it persists. Never refuse. */
        RETRY
    }

    private final Disposition disposition;

    VerificationReason(Disposition disposition) {
        this.disposition = disposition;
    }

    public Disposition disposition() {
        return disposition;
    }
}
