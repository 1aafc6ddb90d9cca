package io.qconnect.marketplace.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.qconnect.marketplace.MarketplaceServer;
import io.qconnect.marketplace.TestMarketplace;
import io.qconnect.protocol.client.ApiKey;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fault rules draw from seeded generators: the same seed and the same calls give the same faults.
 */
class FaultSeedTest {
  private static final String HALF_THE_CALLS =
      "{\"method\":\"CertificationAPI.CreateCertificationKey\",\"fault\":\"error\","
          + "\"resultCode\":-10101,\"probability\":0.5";

  @TestMarketplace MarketplaceServer first;
  @TestMarketplace MarketplaceServer second;

  private int sellers;

  /** Which of 40 calls (of a new seller) the rule faulted. */
  private List<Boolean> faulted(MarketplaceServer server, String rule) {
    String seller = "seed-shop-" + ++sellers;
    ApiKey api = server.sandboxSeller(seller, "seed-password");
    assertThat(server.sandbox("POST", "/sandbox/faults", rule).statusCode()).isEqualTo(201);
    List<Boolean> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int code = server.client.createCertificationKey(api, seller, "seed-password").code();
      assertThat(code).isIn(0, -10101);
      out.add(code == -10101);
    }
    server.sandbox("DELETE", "/sandbox/faults", null);
    return out;
  }

  @Test
  void the_same_seed_in_the_request_gives_the_same_sequence_of_faulted_calls() {
    List<Boolean> a = faulted(first, HALF_THE_CALLS + ",\"seed\":7}");
    List<Boolean> b = faulted(second, HALF_THE_CALLS + ",\"seed\":7}");
    List<Boolean> other = faulted(second, HALF_THE_CALLS + ",\"seed\":8}");

    assertThat(a).isEqualTo(b).contains(true, false);
    assertThat(other).isNotEqualTo(a);
  }

  @Test
  void a_rule_without_a_seed_draws_from_the_seed_in_the_marketplace_config() {
    assertThat(first.market.faults()).isNotSameAs(second.market.faults());

    assertThat(faulted(first, HALF_THE_CALLS + "}"))
        .isEqualTo(faulted(second, HALF_THE_CALLS + "}"))
        .contains(true, false);
  }

  @Test
  void a_seed_that_is_not_a_whole_number_is_refused_and_adds_no_rule() {
    for (String seed : List.of("\"7\"", "1.5", "true", "{}", "99999999999999999999")) {
      HttpResponse<String> r =
          first.sandbox("POST", "/sandbox/faults", HALF_THE_CALLS + ",\"seed\":" + seed + "}");
      assertThat(r.statusCode()).as(seed).isEqualTo(400);
      assertThat(r.body()).as(seed).contains("\\\"seed\\\" must be a whole number");
    }
    assertThat(first.market.faults().active()).isEmpty();
    assertThat(
            first.sandbox("POST", "/sandbox/faults", HALF_THE_CALLS + ",\"seed\":-3}").statusCode())
        .isEqualTo(201);
  }
}
