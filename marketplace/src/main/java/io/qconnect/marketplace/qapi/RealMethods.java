package io.qconnect.marketplace.qapi;

import java.util.Locale;
import java.util.Set;

/**
 * Methods the real service has (docs/qapi.md §4) beyond those qoo10-connect emulates. Calling one
 * answers -10101 "not emulated" rather than the plain-text "not found", which would tell a client
 * the method does not exist. The MOVE methods are of that kind for good: no public source gives
 * their parameters (docs/qapi-parity.md).
 */
final class RealMethods {
  private static final Set<String> NAMES = Set.of();

  /** The MOVE methods: they exist on Qoo10, but no public source gives their parameters. */
  private static final Set<String> MOVE =
      Set.of(
          "itemsbasic.setnewmovegoods",
          "itemsbasic.updatemovegoods",
          "itemsbasic.editmovegoodsstatus",
          "itemsorder.updatemoveitemdiscount",
          "itemsorder.editmovegoodsprice",
          "itemsoptions.editmovegoodsinventory",
          "itemslookup.getmoveitemdetailinfo",
          "itemscontents.editmovegoodscontents");

  private RealMethods() {}

  static boolean exists(String className, String methodName) {
    String name = (className + "." + methodName).toLowerCase(Locale.ROOT);
    return NAMES.contains(name) || MOVE.contains(name);
  }

  /** A MOVE method, whose parameters no public source gives. */
  static boolean isMove(String className, String methodName) {
    return MOVE.contains((className + "." + methodName).toLowerCase(Locale.ROOT));
  }
}
