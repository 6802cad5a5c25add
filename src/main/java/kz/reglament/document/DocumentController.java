package kz.reglament.document;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import kz.reglament.api.ApiException;
import kz.reglament.client.ApiClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload a document before submitting the application that names it; read back one's own documents. */
@RestController
@RequestMapping("/api/v1/documents")
@EnableConfigurationProperties(DocumentPolicy.class)
public class DocumentController {

    private final DocumentStore documents;
    private final DocumentPolicy policy;

    public DocumentController(DocumentStore documents, DocumentPolicy policy) {
        this.documents = documents;
        this.policy = policy;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    public StoredDocument upload(@RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal ApiClient client) throws IOException {
        if (file.getSize() > policy.maxSize().toBytes()) {
            throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", policy.maxSize().toMegabytes());
        }
        if (file.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "EMPTY_DOCUMENT");
        }
        String contentType = file.getContentType();
        byte[] content = file.getBytes();
        if (!policy.allows(contentType)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_DOCUMENT_TYPE",
                    String.valueOf(contentType), String.join(", ", policy.contentTypes()));
        }
        if (!DocumentPolicy.contentMatches(contentType, content)) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "DOCUMENT_CONTENT_MISMATCH", contentType);
        }
        StoredDocument document = new StoredDocument(UUID.randomUUID().toString(), client.id(), null,
                StoredDocument.Kind.APPLICATION_DOCUMENT, safeName(file.getOriginalFilename()), contentType,
                content.length, DocumentDigests.sha256(content), Instant.now());
        documents.save(document, content);
        return document;
    }

    @GetMapping("/{id}")
    public ResponseEntity<byte[]> download(@PathVariable String id,
            @AuthenticationPrincipal ApiClient client) {
        StoredDocument document = documents.find(id).filter(found -> found.clientId().equals(client.id()))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "DOCUMENT_NOT_FOUND", id));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName()).build().toString())
                .header("Digest", "sha-256=" + document.sha256())
                .body(documents.content(id));
    }

    /** Keeps only the file's own name, without any path a client put in front of it. */
    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "document";
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.length() > 255 ? base.substring(base.length() - 255) : base;
    }
}
