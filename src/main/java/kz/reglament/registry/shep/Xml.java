package kz.reglament.registry.shep;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reading and writing the gateway's XML with the JDK alone. Answers come from outside, so documents with a DOCTYPE
 * are refused outright (no external entities, no entity expansion). Payload elements are matched by local name: the
 * services disagree on whether their children are namespace-qualified.
 */
public final class Xml {

    private Xml() {
    }

    public static Document newDocument() {
        return builder().newDocument();
    }

    public static Document parse(byte[] bytes) throws SAXException {
        try {
            return builder().parse(new ByteArrayInputStream(bytes));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static Document parse(String text) throws SAXException {
        return parse(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String write(Node node) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(node), new StreamResult(out));
            return out.toString();
        } catch (TransformerException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The first child element with this local name. */
    public static Optional<Element> child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    public static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** The element at this path of local names below {@code parent}. */
    public static Optional<Element> path(Element parent, String... localNames) {
        Optional<Element> current = Optional.of(parent);
        for (String localName : localNames) {
            current = current.flatMap(element -> child(element, localName));
        }
        return current;
    }

    /** The trimmed text at this path, empty when the element is missing or blank. */
    public static Optional<String> text(Element parent, String... localNames) {
        return path(parent, localNames).map(element -> element.getTextContent().trim()).filter(text -> !text.isEmpty());
    }

    public static Optional<Element> firstElement(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return Optional.of(element);
            }
        }
        return Optional.empty();
    }

    /** Appends {@code <localName>text</localName>} in the parent's namespace, if the text is not null. */
    public static Element append(Element parent, String localName, Object text) {
        Element child = parent.getOwnerDocument().createElementNS(null, localName);
        if (text != null) {
            child.setTextContent(text.toString());
        }
        parent.appendChild(child);
        return child;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // The JDK's default handler prints parse errors to stderr; the caller reports them instead.
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
