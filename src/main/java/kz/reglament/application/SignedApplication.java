package kz.reglament.application;

import java.util.Map;

/** The application as the applicant signed it. */
public record SignedApplication(Party applicant, Representative representative, Map<String, Object> form) {

    public SignedApplication {
        form = form == null ? Map.of() : Map.copyOf(form);
    }

    /** An applicant: a person by IIN or an organisation by BIN, exactly one of them. */
    public record Party(String iin, String bin) {
        public String identityNumber() {
            return iin != null ? iin : bin;
        }
    }

    /** Someone acting for the applicant under a power of attorney registered with the notary system. */
    public record Representative(String iin, String powerOfAttorney) {
    }
}
