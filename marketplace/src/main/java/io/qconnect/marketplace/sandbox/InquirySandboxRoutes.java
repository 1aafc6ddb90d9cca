package io.qconnect.marketplace.sandbox;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.qconnect.marketplace.inquiry.InquiryService;
import io.qconnect.marketplace.inquiry.NewInquiry;
import java.util.Map;

/**
 * {@code POST /sandbox/inquiries}: a buyer asks a seller a question (CSCenter), as the buyer
 * simulator does for some orders. Body {@code {"sellerId", "type": "MSG|HELP|ITEM", "title",
 * "contents", "customerName", "itemCode", "itemTitle", "orderNo", "claim"}}; answers 201 {@code
 * {"questionNo": n}}.
 */
public final class InquirySandboxRoutes {
  private final InquiryService inquiries;

  public InquirySandboxRoutes(InquiryService inquiries) {
    this.inquiries = inquiries;
  }

  /** The body of {@code POST /sandbox/inquiries}. */
  record InquiryBody(
      String sellerId,
      String type,
      String title,
      String contents,
      String customerName,
      String itemCode,
      String itemTitle,
      Long orderNo,
      Boolean claim) {}

  public void mount(RoutesConfig routes, SandboxRoutes guard) {
    routes.post("/sandbox/inquiries", guard.guarded(this::ask));
  }

  private void ask(Context ctx) {
    InquiryBody b = SandboxRoutes.read(ctx, InquiryBody.class);
    long no =
        inquiries.ask(
            new NewInquiry(
                SandboxBodies.or(b.sellerId(), ""),
                SandboxBodies.or(b.type(), "MSG"),
                SandboxBodies.or(b.customerName(), "購入者"),
                SandboxBodies.or(b.title(), ""),
                SandboxBodies.or(b.contents(), ""),
                SandboxBodies.or(b.itemCode(), ""),
                SandboxBodies.or(b.itemTitle(), ""),
                b.orderNo(),
                Boolean.TRUE.equals(b.claim())));
    ctx.status(201).json(Map.of("questionNo", no));
  }
}
