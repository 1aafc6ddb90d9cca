package io.qconnect.protocol.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The XML envelope in the shape .NET's XmlSerializer gives (docs/qapi.md §3.3): a root named after
 * the result type, the {@code xsi}/{@code xsd} namespace declarations, two-space indentation, one
 * element per property, list items as elements named after the item type, null properties omitted,
 * empty values as {@code <Name />}.
 *
 * <p>A list nested inside an object (e.g. {@code Items} of GetAllGoodsInfo) is written as {@code
 * <Items><Item>...</Item></Items>}: the item element is the property name without its plural {@code
 * s} (or with {@code Item} appended). Reading undoes exactly that.
 */
final class QapiXml {
  private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  private static final String NAMESPACES =
      " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
          + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\"";

  String write(QapiResponse.Std s) {
    StringBuilder out = open(ResultShape.STD.xmlRoot());
    leaf(out, 1, "ResultCode", Integer.toString(s.code()));
    leaf(out, 1, "ResultMsg", s.message());
    return close(out, ResultShape.STD.xmlRoot());
  }

  String write(QapiResponse.Custom c) {
    String root = c.shape().xmlRoot();
    StringBuilder out = open(root);
    leaf(out, 1, "ResultCode", Integer.toString(c.code()));
    leaf(out, 1, "ResultMsg", c.message());
    JsonNode ro = c.resultObject();
    if (ro != null && !ro.isNull()) {
      if (ro.isArray()) {
        writeList(out, 1, "ResultObject", c.shape().typeName(), ro);
      } else {
        value(out, 1, "ResultObject", ro);
      }
    }
    return close(out, root);
  }

  private static StringBuilder open(String root) {
    return new StringBuilder(PROLOG).append('<').append(root).append(NAMESPACES).append(">\n");
  }

  private static String close(StringBuilder out, String root) {
    return out.append("</").append(root).append(">").toString();
  }

  private static void value(StringBuilder out, int depth, String name, JsonNode v) {
    if (v == null || v.isNull()) {
      return;
    }
    if (v.isArray()) {
      writeList(out, depth, name, itemName(name), v);
    } else if (v.isObject()) {
      if (v.isEmpty()) {
        leaf(out, depth, name, "");
        return;
      }
      indent(out, depth).append('<').append(name).append(">\n");
      for (Map.Entry<String, JsonNode> e : v.properties()) {
        value(out, depth + 1, e.getKey(), e.getValue());
      }
      indent(out, depth).append("</").append(name).append(">\n");
    } else {
      leaf(out, depth, name, text(v));
    }
  }

  /** A leaf's text: numbers by the JSON rule (never an exponent, docs/qapi.md §3.6). */
  private static String text(JsonNode v) {
    if (v.isFloatingPointNumber() || v.isBigDecimal()) {
      return Double.isFinite(v.doubleValue()) || v.isBigDecimal()
          ? QapiJson.wireText(v.decimalValue())
          : "";
    }
    return v.asText();
  }

  private static void writeList(
      StringBuilder out, int depth, String name, String item, JsonNode a) {
    if (a.isEmpty()) {
      leaf(out, depth, name, "");
      return;
    }
    indent(out, depth).append('<').append(name).append(">\n");
    for (JsonNode v : a) {
      if (v.isObject() && v.isEmpty()) {
        leaf(out, depth + 1, item, "");
      } else {
        value(out, depth + 1, item, v);
      }
    }
    indent(out, depth).append("</").append(name).append(">\n");
  }

  private static void leaf(StringBuilder out, int depth, String name, String text) {
    indent(out, depth).append('<').append(name);
    if (text.isEmpty()) {
      out.append(" />\n");
    } else {
      out.append('>').append(escape(text)).append("</").append(name).append(">\n");
    }
  }

  private static StringBuilder indent(StringBuilder out, int depth) {
    return out.append("  ".repeat(depth));
  }

  static String itemName(String listName) {
    return listName.length() > 1 && listName.endsWith("s")
        ? listName.substring(0, listName.length() - 1)
        : listName + "Item";
  }

  /**
   * Escapes markup and drops what XML 1.0 cannot carry ({@link QapiText}); a carriage return is
   * written as {@code &#xD;} so that a parser gives it back instead of normalising it away.
   */
  private static String escape(String raw) {
    String s = QapiText.clean(raw);
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\r' -> b.append("&#xD;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  QapiResponse read(String text, ResultShape expected) {
    Element root = parse(text).getDocumentElement();
    Element errorCode = child(root, "ErrorCode");
    if (errorCode != null) {
      return new QapiResponse.GatewayError(
          QapiCodec.code(TextNode.valueOf(errorCode.getTextContent())),
          textOf(child(root, "ErrorMsg")));
    }
    Element resultCode = child(root, "ResultCode");
    if (resultCode == null) {
      throw QapiCodec.malformed("XML body has neither ResultCode nor ErrorCode", null);
    }
    int code = QapiCodec.code(TextNode.valueOf(resultCode.getTextContent()));
    String msg = textOf(child(root, "ResultMsg"));
    Element ro = child(root, "ResultObject");
    if (!root.getTagName().startsWith("StdCustomResultOf")) {
      return new QapiResponse.Std(code, msg);
    }
    return new QapiResponse.Custom(
        code, msg, ro == null ? null : resultObject(ro, expected), expected);
  }

  private static JsonNode resultObject(Element ro, ResultShape expected) {
    return switch (expected.kind()) {
      case STRING -> TextNode.valueOf(ro.getTextContent());
      case LIST -> {
        ArrayNode a = JsonNodeFactory.instance.arrayNode();
        children(ro).forEach(e -> a.add(toNode(e)));
        yield a;
      }
      case OBJECT, STD -> toNode(ro);
    };
  }

  private static JsonNode toNode(Element e) {
    List<Element> kids = children(e);
    if (kids.isEmpty()) {
      return TextNode.valueOf(e.getTextContent());
    }
    ObjectNode obj = JsonNodeFactory.instance.objectNode();
    for (Element k : kids) {
      obj.set(k.getTagName(), nestedListOrNode(k));
    }
    return obj;
  }

  /** Undoes the nested-list rule: {@code <Items><Item/>..</Items>} becomes an array. */
  private static JsonNode nestedListOrNode(Element k) {
    List<Element> kids = children(k);
    String item = itemName(k.getTagName());
    if (!kids.isEmpty() && kids.stream().allMatch(x -> x.getTagName().equals(item))) {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      kids.forEach(x -> a.add(toNode(x)));
      return a;
    }
    return toNode(k);
  }

  private static String textOf(Element e) {
    return e == null ? "" : e.getTextContent();
  }

  private static Element child(Element parent, String name) {
    for (Element e : children(parent)) {
      if (e.getTagName().equalsIgnoreCase(name)) {
        return e;
      }
    }
    return null;
  }

  private static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static Document parse(String text) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
      return b.parse(new InputSource(new StringReader(text)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw QapiCodec.malformed("body is not well-formed XML: " + e.getMessage(), e);
    }
  }
}
