package kz.reglament.signature;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Signs the provider's result documents (licence, certificate, protocol, reasoned refusal) with the tenant's own key.
 * The signature is a detached CMS: the document stays the unchanged bytes that viewers, registries and archives
 * hold, a signature can be checked against any copy of it, and a later co-signature does not touch it.
 */
public final class DocumentSigner {

    private final Map<String, SigningCredential> keys;
    private final CmsSigner cms = new CmsSigner();
    private final Clock clock;

    DocumentSigner(Map<String, SigningCredential> keys, Clock clock) {
        this.keys = Map.copyOf(keys);
        this.clock = clock;
    }

    /** The tenants whose documents can be signed: those with a configured key store. */
    public Set<String> tenants() {
        return keys.keySet();
    }

    /** @throws IllegalStateException when the tenant has no signing key configured */
    public DocumentSignature sign(String tenantId, byte[] document) {
        SigningCredential credential = keys.get(tenantId);
        if (credential == null) {
            throw new IllegalStateException("No signing key is configured for tenant " + tenantId
                    + " (reglament.signature.tenants." + tenantId + ".key-store)");
        }
        Instant signedAt = clock.instant();
        byte[] signature = cms.sign(credential.key(), credential.certificate(), credential.issuers(), document, false,
                signedAt);
        return new DocumentSignature(signature, signedAt, Certificates.signer(credential.certificate()));
    }
}
