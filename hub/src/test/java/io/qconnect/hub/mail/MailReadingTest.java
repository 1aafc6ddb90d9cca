package io.qconnect.hub.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MailReadingTest {

  private static MailReading read(String raw) {
    return MailReading.of(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void reads_every_order_number_and_pack_number_from_an_encoded_subject_and_body() {
    MailReading r =
        read(
            """
            Message-ID: <abc@qoo10.jp>
            Subject: =?UTF-8?B?UW9vMTDjga7ms6jmlofjga7jgYrnn6XjgonjgZvjgafjgZnjgIIo5rOo5paH55Wq5Y+3OjEyMzQ1Nik=?=
            MIME-Version: 1.0
            Content-Type: text/plain; charset=UTF-8
            Content-Transfer-Encoding: base64

            44Kr44O844OI55Wq5Y+3IDogOTg3Ngrms6jmlofnlarlj7fvvJoxMjM0NTcK
            """);

    assertThat(r).isInstanceOf(MailReading.Orders.class);
    MailReading.Orders o = (MailReading.Orders) r;
    assertThat(o.subject()).isEqualTo("Qoo10の注文のお知らせです。(注文番号:123456)");
    assertThat(o.orderNos()).containsExactly(123456L, 123457L);
    assertThat(o.packNos()).containsExactly(9876L);
    assertThat(o.dedupKey()).hasSize(64);
  }

  @Test
  void a_mail_without_an_order_number_is_unparseable_and_garbage_is_malformed() {
    assertThat(read("Subject: hello\n\nno numbers here\n"))
        .isInstanceOf(MailReading.Unparseable.class);
    assertThat(
            read(
                "Subject: x\nContent-Type: multipart/mixed; boundary=\"b1\"\n\nno boundary at all\n"))
        .isInstanceOf(MailReading.Malformed.class);
  }

  @Test
  void the_same_message_id_gives_the_same_key_and_without_one_the_content_decides() {
    String a = "Message-ID: <1@x>\nSubject: (注文番号:1)\n\nA\n";
    String b = "Message-ID: <1@x>\nSubject: (注文番号:1)\n\nB\n";
    assertThat(((MailReading.Orders) read(a)).dedupKey())
        .isEqualTo(((MailReading.Orders) read(b)).dedupKey());
    assertThat(((MailReading.Orders) read("Subject: (注文番号:1)\n\nA\n")).dedupKey())
        .isNotEqualTo(((MailReading.Orders) read("Subject: (注文番号:1)\n\nB\n")).dedupKey());
  }
}
