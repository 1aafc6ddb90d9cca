package io.qconnect.protocol.order;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of SetSellerCheckYNBulk's result: {@code {cont_no, result_cd, ResultCode, ResultMsg}}
 * (docs/qapi.md §3.5; {@code cont_no} is spelled as transcribed). {@code result_cd} and {@code
 * ResultCode} carry the same code.
 */
public record SellerCheckBulkRow(
    @JsonProperty("cont_no") String contNo,
    @JsonProperty("result_cd") Integer resultCd,
    @JsonProperty("ResultCode") Integer resultCode,
    @JsonProperty("ResultMsg") String resultMsg)
    implements BulkRowResult {

  public static SellerCheckBulkRow of(String orderNo, int code, String message) {
    return new SellerCheckBulkRow(orderNo, code, code, message);
  }

  @Override
  public String subject() {
    return contNo;
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
