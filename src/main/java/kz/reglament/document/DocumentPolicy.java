package kz.reglament.document;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What a client may upload: the size limit and the content types, each checked against the file's first bytes, so a
 * script named "scan.pdf" is refused.
 */
@ConfigurationProperties("reglament.documents")
public record DocumentPolicy(DataSize maxSize, List<String> contentTypes) {

    public DocumentPolicy {
        maxSize = maxSize == null ? DataSize.ofMegabytes(10) : maxSize;
        contentTypes = contentTypes == null || contentTypes.isEmpty()
                ? List.of("application/pdf", "image/jpeg", "image/png", "application/xml", "application/pkcs7-signature")
                : List.copyOf(contentTypes);
    }

    public boolean allows(String contentType) {
        return contentType != null && contentTypes.contains(contentType.toLowerCase(Locale.ROOT));
    }

    /** Whether the bytes look like what the declared type says they are. */
    public static boolean contentMatches(String contentType, byte[] content) {
        return switch (contentType.toLowerCase(Locale.ROOT)) {
            case "application/pdf" -> startsWith(content, "%PDF-".getBytes());
            case "image/png" -> startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "application/xml" -> startsWith(trimmedStart(content), "<".getBytes());
            // DER-encoded CMS is an ASN.1 SEQUENCE.
            case "application/pkcs7-signature" -> content.length > 0 && content[0] == 0x30;
            default -> false;
        };
    }

    private static byte[] trimmedStart(byte[] content) {
        int start = 0;
        if (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF) {
            start = 3;
        }
        while (start < content.length && Character.isWhitespace(content[start])) {
            start++;
        }
        byte[] rest = new byte[content.length - start];
        System.arraycopy(content, start, rest, 0, rest.length);
        return rest;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
