package kz.reglament.signature;

import java.util.Arrays;
import java.util.Optional;

/**
 * The holder's role, from the NCA's extended key usage OIDs under 1.2.398.3.3.4.1 (the numbering is the NCA's, as
 * listed in docs/signatures.md). A legal entity's certificate names the entity and, separately, what its holder
 * may do for it.
 */
public enum SignerRole {

    INDIVIDUAL("1.2.398.3.3.4.1.1"),
    LEGAL_ENTITY("1.2.398.3.3.4.1.2"),
    FIRST_HEAD("1.2.398.3.3.4.1.2.1"),
    SIGNING_RIGHT("1.2.398.3.3.4.1.2.2"),
    FINANCIAL_SIGNING_RIGHT("1.2.398.3.3.4.1.2.3"),
    HUMAN_RESOURCES("1.2.398.3.3.4.1.2.4"),
    EMPLOYEE("1.2.398.3.3.4.1.2.5");

    private final String oid;

    SignerRole(String oid) {
        this.oid = oid;
    }

    public String oid() {
        return oid;
    }

    public static Optional<SignerRole> fromOid(String oid) {
        return Arrays.stream(values()).filter(role -> role.oid.equals(oid)).findFirst();
    }
}
