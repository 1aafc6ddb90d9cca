package io.qconnect.marketplace.notice;

import java.util.List;

/**
 * An integration company Qoo10 works with (R24): what it can link (orders 受注, inventory 在庫) and the
 * template group whose mails it reads.
 */
public record IntegrationCompany(
    String name, boolean orders, boolean inventory, TemplateGroup group) {

  /** The registry, in the order of the template groups. */
  public static final List<IntegrationCompany> ALL =
      List.of(
          new IntegrationCompany("StockGear", false, true, TemplateGroup.STOCKGEAR),
          new IntegrationCompany("Next Engine", true, true, TemplateGroup.NEXTENGINE),
          new IntegrationCompany("CROSS MALL", true, true, TemplateGroup.CROSSMALL),
          new IntegrationCompany("ZAIKO Robot", false, true, TemplateGroup.ZAIKOROBOT),
          new IntegrationCompany("(汎用)", true, false, TemplateGroup.BASIC),
          new IntegrationCompany("[JP]Agency", true, false, TemplateGroup.JP_AGENCY),
          new IntegrationCompany("BooxSales", true, true, TemplateGroup.BOOXSALES),
          new IntegrationCompany("通販する蔵", true, true, TemplateGroup.TSUHAN_SURU_KURA),
          new IntegrationCompany("Softel", true, false, TemplateGroup.SOFTEL),
          new IntegrationCompany("External Order", true, false, TemplateGroup.EXTERNAL_ORDER));
}
