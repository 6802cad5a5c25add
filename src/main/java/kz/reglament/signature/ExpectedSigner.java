package kz.reglament.signature;

/**
 * Whose signature a request must carry. An application names its applicant's IIN (a person) or BIN (a legal
 * entity); a result document checked by whoever holds it names no one, and the answer says who signed.
 */
public record ExpectedSigner(String identityNumber) {

    /** Any signer the trusted roots vouch for; only for documents whose signer is the question, not the condition. */
    public static final ExpectedSigner ANYONE = new ExpectedSigner(null);

    public ExpectedSigner {
        if (identityNumber != null && !IdentityNumbers.isWellFormed(identityNumber)) {
            throw new IllegalArgumentException("An IIN or BIN is twelve digits");
        }
    }

    public static ExpectedSigner identifiedBy(String iinOrBin) {
        if (iinOrBin == null) {
            throw new IllegalArgumentException("The applicant's IIN or BIN is required");
        }
        return new ExpectedSigner(iinOrBin);
    }

    public boolean accepts(Signer signer) {
        return identityNumber == null || signer.hasIdentityNumber(identityNumber);
    }

    @Override
    public String toString() {
        return identityNumber == null ? "ExpectedSigner[anyone]" : "ExpectedSigner[identified]";
    }
}
