package io.qconnect.marketplace.access;

import io.qconnect.marketplace.core.MarketplaceException;
import java.util.Objects;

/**
 * The request form of the seller guides, in their order: seller ID (販売店ID), e-mail, (main) product
 * category, purpose of use, integration company (for FTP: integration program or company). Seller
 * ID, e-mail and category are required to file; purpose and company are eligibility conditions,
 * checked when the request is processed, so that a rejection can name them.
 */
public record RequestForm(
    PermissionKind kind,
    String sellerId,
    String email,
    String category,
    String purpose,
    String integrationCompany) {

  /** The longest e-mail address and product category a request may hold (its columns' sizes). */
  public static final int MAX_EMAIL = 200;

  public static final int MAX_CATEGORY = 100;

  /** The longest purpose of use and integration company (their columns' sizes). */
  public static final int MAX_PURPOSE = 1000;

  public static final int MAX_COMPANY = 200;

  public RequestForm {
    Objects.requireNonNull(kind, "kind");
    sellerId = trim(sellerId);
    email = trim(email);
    category = trim(category);
    purpose = trim(purpose);
    integrationCompany = trim(integrationCompany);
    if (sellerId.isEmpty()) {
      throw new MarketplaceException("the request needs the seller ID (販売店ID)");
    }
    if (!email.contains("@")) {
      throw new MarketplaceException("the request needs an e-mail address (メールアドレス)");
    }
    if (category.isEmpty()) {
      throw new MarketplaceException("the request needs the product category (商品カテゴリ)");
    }
    if (email.length() > MAX_EMAIL) {
      throw new MarketplaceException(
          "the e-mail address (メールアドレス) may have at most " + MAX_EMAIL + " characters");
    }
    if (category.length() > MAX_CATEGORY) {
      throw new MarketplaceException(
          "the product category (商品カテゴリ) may have at most " + MAX_CATEGORY + " characters");
    }
    if (purpose.length() > MAX_PURPOSE || integrationCompany.length() > MAX_COMPANY) {
      throw new MarketplaceException("purpose (1000) or company (200 characters) is too long");
    }
  }

  private static String trim(String s) {
    return s == null ? "" : s.strip();
  }
}
