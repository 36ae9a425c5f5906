package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import com.zerodeplibs.webpush.EncryptedPushMessage;
import com.zerodeplibs.webpush.MessageEncryptions;
import com.zerodeplibs.webpush.UserAgentMessageEncryptionKeyInfo;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The payload encryption the sender uses (aes128gcm, RFC 8291), decrypted with the browser's keys. */
class PushEncryptionTest {

    @Test
    void aBrowserDecryptsTheNotification() throws Exception {
        PushTestBrowser browser = new PushTestBrowser();
        String payload = PushSender.payload(new PushMessage("Rött larm nära dig", "Brand i trapphuset på Storgatan 5, håll er undan",
                "/samverkan/inlagg/42", "post-42"));

        EncryptedPushMessage encrypted = MessageEncryptions.of()
                .encrypt(UserAgentMessageEncryptionKeyInfo.of(browser.p256dh(), browser.auth()), com.zerodeplibs.webpush.PushMessage.ofUTF8(payload));

        assertThat(encrypted.contentEncoding()).isEqualTo("aes128gcm");
        assertThat(browser.decrypt(encrypted.toBytes())).isEqualTo(payload)
                .isEqualTo("{\"title\":\"Rött larm nära dig\",\"body\":\"Brand i trapphuset på Storgatan 5, håll er undan\","
                        + "\"url\":\"/samverkan/inlagg/42\",\"tag\":\"post-42\"}");
    }

    @Test
    void anotherBrowserCannotDecryptIt() throws Exception {
        PushTestBrowser browser = new PushTestBrowser();
        PushTestBrowser other = new PushTestBrowser();
        EncryptedPushMessage encrypted = MessageEncryptions.of()
                .encrypt(UserAgentMessageEncryptionKeyInfo.of(browser.p256dh(), browser.auth()), com.zerodeplibs.webpush.PushMessage.ofUTF8("hej"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> other.decrypt(encrypted.toBytes()))
                .isInstanceOf(java.security.GeneralSecurityException.class);
    }

    @Test
    void generatedVapidKeysAreAP256PairInBase64url() throws Exception {
        String[] pair = VapidKeys.generate();

        assertThat(Base64.getUrlDecoder().decode(pair[0])).hasSize(65).startsWith((byte) 4);
        assertThat(Base64.getUrlDecoder().decode(pair[1])).hasSize(32);
        PushTestBrowser.publicKey(Base64.getUrlDecoder().decode(pair[0]));
        assertThat(pair[0]).doesNotContain("=", "+", "/");
    }
}
