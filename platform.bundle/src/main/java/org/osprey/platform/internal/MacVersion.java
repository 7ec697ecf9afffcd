package org.osprey.platform.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** macOS's {@code ProductVersion} from {@code SystemVersion.plist}, where CPython's {@code mac_ver} reads it. */
final class MacVersion {
    static final String PLIST = "/System/Library/CoreServices/SystemVersion.plist";

    private MacVersion() {
    }

    /** The {@code <string>} after {@code <key>ProductVersion</key>} in the plist's top dictionary. */
    static Optional<String> productVersion(InputStream plist) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            NodeList keys = factory.newDocumentBuilder().parse(plist).getElementsByTagName("key");
            for (int i = 0; i < keys.getLength(); i++) {
                if (keys.item(i).getTextContent().equals("ProductVersion")) {
                    Node value = keys.item(i).getNextSibling();
                    while (value != null && !(value instanceof Element)) {
                        value = value.getNextSibling();
                    }
                    return Optional.ofNullable(value).map(Node::getTextContent);
                }
            }
            return Optional.empty();
        } catch (ParserConfigurationException | SAXException e) {
            return Optional.empty();
        }
    }
}
