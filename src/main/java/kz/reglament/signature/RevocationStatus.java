package kz.reglament.signature;

import java.time.Instant;

/**
 * Whether a certificate was revoked at the moment judged, and which source said so.
 *
 * @param source "OCSP", "CRL", or the sources that could not answer
 */
record RevocationStatus(State state, Instant revokedAt, String source, String detail) {

    enum State {
        GOOD, REVOKED, UNKNOWN
    }

    static RevocationStatus good(String source) {
        return new RevocationStatus(State.GOOD, null, source, null);
    }

    static RevocationStatus revoked(Instant revokedAt, String source) {
        return new RevocationStatus(State.REVOKED, revokedAt, source, null);
    }

    static RevocationStatus unknown(String source, String detail) {
        return new RevocationStatus(State.UNKNOWN, null, source, detail);
    }

    /** A revocation after the moment judged leaves the certificate good at that moment. */
    static RevocationStatus listed(Instant revokedAt, Instant at, String source) {
        return revokedAt.isAfter(at) ? good(source) : revoked(revokedAt, source);
    }

    boolean decided() {
        return state != State.UNKNOWN;
    }
}
