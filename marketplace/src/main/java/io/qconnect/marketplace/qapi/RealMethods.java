package io.qconnect.marketplace.qapi;

import java.util.Locale;
import java.util.Set;

/**
 * Methods the real service has (docs/qapi.md §4) beyond those qoo10-connect emulates. Calling one
 * answers -10101 "not emulated" rather than the plain-text "not found", which would tell a client
 * the method does not exist.
 */
final class RealMethods {
  private static final Set<String> NAMES =
      Set.of(
          "shippingbasic.getshippinginfo",
          "shippingbasic.getshippinginfo_logistics",
          "shippingbasic.getclaiminfo",
          "shippingbasic.getclaiminfo_v2",
          "shippingbasic.setsendingcomplete",
          "shippingbasic.getsellingreportdetaillist",
          "shippingbasic.getsellingreportdeliveryfeedetaillist",
          "shippingbasic.getsellingreportdiscountfeedetaillist",
          "claim.setclaimaccept",
          "claim.setclaimredelivery",
          "cscenter.getinquirymessage",
          "cscenter.setinquirymessage",
          "itemslookup.getgoodsoptioninfo",
          "itemslookup.getsellerdeliverygroupinfo",
          "itemslookup.requestfiledownload",
          "itemsbasic.edititemcondition",
          "itemsbasic.setgoodssubdeliverygroup",
          "itemsorder.updateitemdiscount",
          "itemsorder.editgoodsorderlimit",
          "itemsoptions.editcommongoodsinventory",
          "itemsoptions.updateinventoryqtyplusunit",
          "itemsoptions.insertinventorydatabulk",
          "itemsoptions.updateinventorydatabulk",
          "itemsoptions.editgoodsoption",
          "itemsoptions.editgoodstextoption",
          "itemscontents.editgoodscontents",
          "itemscontents.editgoodsimage",
          "itemscontents.editgoodsmultiimage",
          "itemscontents.editgoodsheaderfooter",
          "itemscontents.editinventoryimage",
          "itemscontents.editadditionaloptionimage",
          "commoninfolookup.getcatagorylistall",
          "commoninfolookup.searchbrand",
          "commoninfolookup.searchmaker",
          "ecouponauth.couponauthbyouterticketno",
          "ecouponauth.couponcancelbyouterticketno");

  private RealMethods() {}

  static boolean exists(String className, String methodName) {
    return NAMES.contains((className + "." + methodName).toLowerCase(Locale.ROOT));
  }
}
