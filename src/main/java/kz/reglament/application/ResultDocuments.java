package kz.reglament.application;

import java.time.Instant;
import kz.reglament.api.ApiException;
import kz.reglament.document.DocumentStore;
import kz.reglament.document.StoredDocument;
import kz.reglament.signature.DocumentSignatureVerifier;
import kz.reglament.signature.DocumentVerification;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** A case's result document and the provider's signature over it, and their verification. */
@Component
public class ResultDocuments {

    private final DocumentStore documents;
    private final DocumentSignatureVerifier verifier;

    public ResultDocuments(DocumentStore documents, DocumentSignatureVerifier verifier) {
        this.documents = documents;
        this.verifier = verifier;
    }

    public record Download(StoredDocument document, byte[] content) {
    }

    /** What a holder of the document learns; the signer's certificate details stay out. */
    public record Verification(boolean intact, boolean trusted, String signedBy, String signerBin, Instant signedAt,
            String reason) {

        static Verification of(DocumentVerification verification) {
            return new Verification(verification.intact(), verification.trusted(), verification.signedBy(),
                    verification.signerBin(), verification.signedAt(), verification.result().reason().name());
        }
    }

    public Download document(Application application) {
        return download(find(application, StoredDocument.Kind.RESULT));
    }

    public Download signature(Application application) {
        return download(find(application, StoredDocument.Kind.RESULT_SIGNATURE));
    }

    public Verification verify(Application application) {
        return verify(document(application).content(), signature(application).content());
    }

    public Verification verify(byte[] document, byte[] signature) {
        return Verification.of(verifier.verify(document, signature));
    }

    private StoredDocument find(Application application, StoredDocument.Kind kind) {
        return documents.ofApplication(application.id()).stream().filter(document -> document.kind() == kind)
                .reduce((first, later) -> later)
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "NO_RESULT_YET", application.number()));
    }

    private Download download(StoredDocument document) {
        return new Download(document, documents.content(document.id()));
    }
}
