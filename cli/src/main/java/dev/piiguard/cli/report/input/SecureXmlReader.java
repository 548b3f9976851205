package dev.piiguard.cli.report.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an untrusted XML file into {@link XmlElement}s with the JDK's parser, refusing document
 * type declarations and external entities, and skipping subtrees nobody reads.
 */
public final class SecureXmlReader {

  private final Set<String> skippedElements;

  /** A reader that leaves out the subtrees of elements with these names. */
  public SecureXmlReader(Set<String> skippedElements) {
    this.skippedElements = Set.copyOf(skippedElements);
  }

  /** Parses {@code file} and returns its root element. */
  public XmlElement read(Path file) throws ReportInputException {
    TreeBuilder builder = new TreeBuilder();
    try (InputStream in = Files.newInputStream(file)) {
      newParser().parse(in, builder);
    } catch (SAXParseException e) {
      throw new ReportInputException(file, Math.max(e.getLineNumber(), 0), describe(e), e);
    } catch (SAXException e) {
      throw new ReportInputException(file, builder.line(), "cannot be read as XML", e);
    } catch (IOException e) {
      throw UnreadableFile.of(file, e);
    }
    if (builder.root == null) {
      throw new ReportInputException(file, 0, "holds no XML element");
    }
    return builder.root;
  }

  private static String describe(SAXParseException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("DOCTYPE")) {
      return "is not accepted: it has a document type declaration (DOCTYPE), which SpotBugs never"
          + " writes and which could pull in external entities";
    }
    if (message.contains("must start and end within the same entity")
        || message.contains("Premature end of file")) {
      return "ends too early: the XML is cut off (truncated file?)";
    }
    String column = e.getColumnNumber() > 0 ? " at column " + e.getColumnNumber() : "";
    return "is not well-formed XML" + column + ": " + new PiiMasker().mask(shorten(message));
  }

  private static String shorten(String message) {
    return message.length() <= 160 ? message : message.substring(0, 160) + "…";
  }

  private static SAXParser newParser() throws SAXException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setValidating(false);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      SAXParser parser = factory.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return parser;
    } catch (ParserConfigurationException e) {
      throw new SAXException("the JDK's XML parser cannot be configured securely", e);
    }
  }

  /** Builds the element tree while parsing. */
  private final class TreeBuilder extends DefaultHandler {
    private final Deque<XmlElement> open = new ArrayDeque<>();
    private XmlElement root;
    private Locator locator;
    private int skippedDepth;

    @Override
    public void setDocumentLocator(Locator documentLocator) {
      this.locator = documentLocator;
    }

    int line() {
      return locator == null ? 0 : Math.max(locator.getLineNumber(), 0);
    }

    @Override
    public void startElement(String uri, String localName, String qualifiedName, Attributes attrs) {
      if (skippedDepth > 0 || skippedElements.contains(qualifiedName)) {
        skippedDepth++;
        return;
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      for (int i = 0; i < attrs.getLength(); i++) {
        attributes.put(attrs.getQName(i), attrs.getValue(i));
      }
      XmlElement element = new XmlElement(qualifiedName, attributes, line());
      if (open.isEmpty()) {
        root = element;
      } else {
        open.peek().addChild(element);
      }
      open.push(element);
    }

    @Override
    public void endElement(String uri, String localName, String qualifiedName) {
      if (skippedDepth > 0) {
        skippedDepth--;
        return;
      }
      open.pop();
    }

    @Override
    public void characters(char[] characters, int start, int length) {
      if (skippedDepth == 0 && !open.isEmpty()) {
        open.peek().appendText(characters, start, length);
      }
    }
  }
}
