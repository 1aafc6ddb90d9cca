package io.qconnect.protocol.wire;

import java.util.Objects;

/**
 * What a method's {@code ResultObject} is, which decides the XML root name the way .NET's
 * XmlSerializer names a generic type: {@code StdResult}, {@code StdCustomResultOfString}, {@code
 * StdCustomResultOf<Type>} or {@code StdCustomResultOfListOf<Item>} (list items are elements named
 * after the item type).
 *
 * <p>Only {@code StdCustomResultOfString} and the list naming rule are observed in public clients;
 * the item type names of order and item rows are this project's choice (the C# type names are not
 * public), except {@code ClaimInfo_V2}, which the documented C# signature of GetClaimInfo_V3 gives.
 */
public record ResultShape(Kind kind, String typeName) {

  /** The four shapes of a QAPI result. */
  public enum Kind {
    /** {@code StdResult}: ResultCode and ResultMsg only. */
    STD,
    /** A string ResultObject. */
    STRING,
    /** One object. */
    OBJECT,
    /** A list of objects, even for one row. */
    LIST
  }

  public static final ResultShape STD = new ResultShape(Kind.STD, "");
  public static final ResultShape STRING = new ResultShape(Kind.STRING, "String");

  public ResultShape {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(typeName, "typeName");
    if ((kind == Kind.OBJECT || kind == Kind.LIST) && typeName.isBlank()) {
      throw new IllegalArgumentException(kind + " shape needs a type name");
    }
  }

  public static ResultShape object(String typeName) {
    return new ResultShape(Kind.OBJECT, typeName);
  }

  public static ResultShape list(String itemTypeName) {
    return new ResultShape(Kind.LIST, itemTypeName);
  }

  /** The XML root element name. */
  public String xmlRoot() {
    return switch (kind) {
      case STD -> "StdResult";
      case STRING -> "StdCustomResultOfString";
      case OBJECT -> "StdCustomResultOf" + typeName;
      case LIST -> "StdCustomResultOfListOf" + typeName;
    };
  }
}
