package io.qconnect.marketplace.seller;

import io.qconnect.marketplace.core.MarketplaceException;
import java.util.regex.Pattern;

/** The data that opens a seller account, validated on construction. */
public record NewSeller(
    String sellerId,
    String password,
    String email,
    String mainCategory,
    boolean reviewCompleted,
    int servicePoints) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{2,49}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  public NewSeller {
    if (sellerId == null || !ID.matcher(sellerId).matches()) {
      throw new MarketplaceException(
          "seller ID must be 3 to 50 letters, digits, '.', '_' or '-': '" + sellerId + "'");
    }
    PasswordHasher.checkStrength(password);
    if (email == null || !EMAIL.matcher(email).matches()) {
      throw new MarketplaceException("not an e-mail address: '" + email + "'");
    }
    mainCategory = mainCategory == null || mainCategory.isBlank() ? "未設定" : mainCategory.trim();
  }
}
