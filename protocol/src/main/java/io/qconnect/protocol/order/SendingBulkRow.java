package io.qconnect.protocol.order;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of SetSendingInfoBulk's result: {@code {contr_no, result_cd, transc_nm, ResultCode,
 * ResultMsg}} (docs/qapi.md §3.5); {@code transc_nm} is the carrier name.
 */
public record SendingBulkRow(
    @JsonProperty("contr_no") String contrNo,
    @JsonProperty("result_cd") Integer resultCd,
    @JsonProperty("transc_nm") String transcNm,
    @JsonProperty("ResultCode") Integer resultCode,
    @JsonProperty("ResultMsg") String resultMsg)
    implements BulkRowResult {

  public static SendingBulkRow of(String orderNo, String carrier, int code, String message) {
    return new SendingBulkRow(orderNo, code, carrier, code, message);
  }

  @Override
  public String subject() {
    return contrNo;
  }

  @Override
  public int code() {
    return resultCd != null ? resultCd : resultCode == null ? 0 : resultCode;
  }

  @Override
  public String message() {
    return resultMsg == null ? "" : resultMsg;
  }
}
