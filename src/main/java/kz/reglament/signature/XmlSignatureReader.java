package kz.reglament.signature;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.utils.Constants;
import org.bouncycastle.cert.X509CertificateHolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an XML document with one enveloped XMLDSig signature, as NCALayer makes it: one reference to the whole
 * document (URI ""), the enveloped-signature transform and canonicalization only, the signer's certificate in
 * KeyInfo. Anything that would let the signature cover less than the whole document is refused.
 */
final class XmlSignatureReader {

    private static final String DSIG = Constants.SignatureSpecNS;
    private static final Set<String> CANONICALIZATIONS = Set.of(
            Canonicalizer.ALGO_ID_C14N_OMIT_COMMENTS, Canonicalizer.ALGO_ID_C14N_WITH_COMMENTS,
            Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS, Canonicalizer.ALGO_ID_C14N_EXCL_WITH_COMMENTS,
            Canonicalizer.ALGO_ID_C14N11_OMIT_COMMENTS, Canonicalizer.ALGO_ID_C14N11_WITH_COMMENTS);

    private static final DocumentBuilderFactory PARSERS = parsers();

    XmlSignatureReader() {
        XmlGostAlgorithms.register();
    }

    SignatureReading read(VerificationRequest request) {
        Document document;
        try {
            document = parse(request.signature());
        } catch (ParserConfigurationException | SAXException | IOException | RuntimeException e) {
            return SignatureReading.failed(VerificationReason.MALFORMED, "Not a well-formed XML document");
        }
        NodeList signatures = document.getElementsByTagNameNS(DSIG, "Signature");
        if (signatures.getLength() != 1) {
            return SignatureReading.failed(VerificationReason.MALFORMED,
                    signatures.getLength() + " XML signatures; an application carries exactly one");
        }
        try {
            return read((Element) signatures.item(0));
        } catch (RuntimeException unreadable) {
            return SignatureReading.failed(VerificationReason.MALFORMED, "Unreadable XML signature structure");
        }
    }

    /** Whether the document is well-formed XML with exactly one signature; {@code null} if so. */
    SignatureReading shapeProblem(VerificationRequest request) {
        try {
            int signatures = parse(request.signature()).getElementsByTagNameNS(DSIG, "Signature").getLength();
            return signatures == 1 ? null : SignatureReading.failed(VerificationReason.MALFORMED,
                    signatures + " XML signatures; an application carries exactly one");
        } catch (ParserConfigurationException | SAXException | IOException | RuntimeException e) {
            return SignatureReading.failed(VerificationReason.MALFORMED, "Not a well-formed XML document");
        }
    }

    private SignatureReading read(Element signature) {
        X509CertificateHolder certificate;
        try {
            certificate = certificate(signature);
        } catch (IOException | IllegalArgumentException e) {
            return SignatureReading.failed(VerificationReason.MALFORMED, "Unreadable signer certificate in KeyInfo");
        }
        if (certificate == null) {
            return SignatureReading.failed(VerificationReason.MALFORMED, "No signer certificate in KeyInfo");
        }
        Element signedInfo = child(signature, "SignedInfo");
        Element signatureMethod = signedInfo == null ? null : child(signedInfo, "SignatureMethod");
        if (signatureMethod == null) {
            return SignatureReading.failed(VerificationReason.MALFORMED, "No SignedInfo/SignatureMethod", certificate,
                    null, null);
        }
        String methodUri = signatureMethod.getAttribute("Algorithm");
        SigningAlgorithm algorithm = SigningAlgorithm.byXmlSignatureUri(methodUri).orElse(null);
        if (algorithm == null) {
            return SignatureReading.failed(VerificationReason.UNSUPPORTED_ALGORITHM,
                    "XML signature method " + methodUri, certificate, null, null);
        }
        SignatureReading coverage = checkCoverage(signedInfo, certificate, algorithm);
        if (coverage != null) {
            return coverage;
        }
        PublicKey key;
        try {
            SignatureKey signatureKey = SignatureKey.of(certificate.getSubjectPublicKeyInfo());
            signatureKey.verifier(algorithm);
            key = algorithm.gostVariant() == null ? KeyFactory.getInstance("RSA").generatePublic(
                    new X509EncodedKeySpec(certificate.getSubjectPublicKeyInfo().getEncoded()))
                    : new XmlGostAlgorithms.GostPublicKey(signatureKey);
        } catch (UnsupportedAlgorithmException e) {
            return SignatureReading.failed(VerificationReason.UNSUPPORTED_ALGORITHM, e.getMessage(), certificate,
                    algorithm, null);
        } catch (MalformedKeyException | GeneralSecurityException | IOException e) {
            return SignatureReading.failed(VerificationReason.MALFORMED, "Unreadable signer key", certificate,
                    algorithm, null);
        }
        try {
            XMLSignature xmlSignature = new XMLSignature(signature, "", true);
            if (!xmlSignature.checkSignatureValue(key)) {
                return SignatureReading.failed(VerificationReason.CONTENT_ALTERED,
                        "The document or its signature was changed after signing", certificate, algorithm, null);
            }
        } catch (XMLSecurityException | RuntimeException e) {
            return SignatureReading.failed(VerificationReason.MALFORMED, "XML signature not verifiable: "
                    + e.getMessage(), certificate, algorithm, null);
        }
        return SignatureReading.intact(certificate, algorithm, null);
    }

    /** Namespace-aware, without DTDs (so without external entities), and silent: errors are the result's detail. */
    private static Document parse(byte[] xml) throws ParserConfigurationException, SAXException, IOException {
        DocumentBuilder builder;
        synchronized (PARSERS) {
            builder = PARSERS.newDocumentBuilder();
        }
        builder.setErrorHandler(new DefaultHandler());
        return builder.parse(new ByteArrayInputStream(xml));
    }

    private static DocumentBuilderFactory parsers() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The one reference must be the whole document, transformed only by removing the signature and canonicalizing. */
    private static SignatureReading checkCoverage(Element signedInfo, X509CertificateHolder certificate,
            SigningAlgorithm algorithm) {
        Element canonicalization = child(signedInfo, "CanonicalizationMethod");
        if (canonicalization == null || !CANONICALIZATIONS.contains(canonicalization.getAttribute("Algorithm"))) {
            return SignatureReading.failed(VerificationReason.MALFORMED, "Unexpected canonicalization of SignedInfo",
                    certificate, algorithm, null);
        }
        List<Element> references = children(signedInfo, "Reference");
        if (references.size() != 1) {
            return SignatureReading.failed(VerificationReason.MALFORMED,
                    references.size() + " references; one to the whole document expected", certificate, algorithm,
                    null);
        }
        Element reference = references.get(0);
        if (!reference.hasAttribute("URI") || !reference.getAttribute("URI").isEmpty()) {
            return SignatureReading.failed(VerificationReason.CONTENT_ALTERED,
                    "The signature covers only part of the document", certificate, algorithm, null);
        }
        Element transforms = child(reference, "Transforms");
        List<String> transformUris = new ArrayList<>();
        if (transforms != null) {
            children(transforms, "Transform").forEach(transform -> transformUris.add(transform.getAttribute("Algorithm")));
        }
        if (!transformUris.contains(Transforms.TRANSFORM_ENVELOPED_SIGNATURE) || !transformUris.stream()
                .allMatch(uri -> uri.equals(Transforms.TRANSFORM_ENVELOPED_SIGNATURE) || CANONICALIZATIONS.contains(uri))) {
            return SignatureReading.failed(VerificationReason.MALFORMED,
                    "Transforms other than enveloped-signature and canonicalization", certificate, algorithm, null);
        }
        Element digestMethod = child(reference, "DigestMethod");
        String digestUri = digestMethod == null ? "" : digestMethod.getAttribute("Algorithm");
        if (SigningAlgorithm.byXmlDigestUri(digestUri).isEmpty()) {
            return SignatureReading.failed(VerificationReason.UNSUPPORTED_ALGORITHM, "XML digest method " + digestUri,
                    certificate, algorithm, null);
        }
        return null;
    }

    private static X509CertificateHolder certificate(Element signature) throws IOException {
        NodeList certificates = signature.getElementsByTagNameNS(DSIG, "X509Certificate");
        if (certificates.getLength() == 0) {
            return null;
        }
        return new X509CertificateHolder(Base64.getMimeDecoder().decode(certificates.item(0).getTextContent().trim()));
    }

    private static Element child(Element parent, String localName) {
        List<Element> children = children(parent, localName);
        return children.size() == 1 ? children.get(0) : null;
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && DSIG.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                children.add(element);
            }
        }
        return children;
    }
}
