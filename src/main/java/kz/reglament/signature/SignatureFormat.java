package kz.reglament.signature;

/** How a signature travels with what it signs. */
public enum SignatureFormat {
    /** CMS (PKCS#7) SignedData with the signed content inside it. */
    CMS_ATTACHED,
    /** CMS SignedData without the content, which comes separately. */
    CMS_DETACHED,
    /** An XML document with an enveloped XMLDSig signature over the whole document, as NCALayer makes it. */
    XML
}
