package kz.reglament.signature;

import java.time.Instant;
import java.util.Set;

/**
 * Who signed, as the certificate says. The subject holds personal data: show it to whom it concerns, never log it.
 *
 * @param iin from the subject's SERIALNUMBER "IIN…", if any
 * @param bin from the subject's OU "BIN…" or SERIALNUMBER "BIN…", if any
 * @param certificateSerial lower-case hexadecimal, as the NCA prints it
 */
public record Signer(String subject, String iin, String bin, Set<SignerRole> roles, String certificateSerial,
        String issuer, Instant notBefore, Instant notAfter) {

    public Signer {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean hasIdentityNumber(String identityNumber) {
        return identityNumber != null && (identityNumber.equals(iin) || identityNumber.equals(bin));
    }

    /** For log lines: the certificate serial is no personal data. */
    @Override
    public String toString() {
        return "Signer[certificate " + certificateSerial + "]";
    }
}
