package kz.reglament.signature;

import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSTypedData;

/**
 * The content carried inside an attached CMS signature, read without verifying anything: a caller that must know
 * whom the content names as signer reads it first, then verifies the signature against that signer.
 */
public final class AttachedContent {

    private AttachedContent() {
    }

    /** The content, or null when the bytes are not a CMS signature with content inside. */
    public static byte[] of(byte[] cms) {
        try {
            CMSTypedData content = new CMSSignedData(cms).getSignedContent();
            return content == null || !(content.getContent() instanceof byte[] bytes) ? null : bytes;
        } catch (CMSException | RuntimeException unreadable) {
            // Not CMS at all: the same answer as CMS without content, and the verifier will say MALFORMED.
            return null;
        }
    }
}
