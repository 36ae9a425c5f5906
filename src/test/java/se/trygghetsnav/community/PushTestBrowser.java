package se.trygghetsnav.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The browser's side of Web Push in tests: a P-256 key pair and a 16-byte auth secret as a user agent makes them, and
 * decryption of an aes128gcm message (RFC 8291 / RFC 8188) and checking of a VAPID Authorization header (RFC 8292)
 * written from the RFCs, independently of the library the application uses.
 */
final class PushTestBrowser {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final Pattern VAPID = Pattern.compile("vapid t=([A-Za-z0-9_.-]+), ?k=([A-Za-z0-9_-]+)");

    final KeyPair keys;
    final byte[] authSecret = new byte[16];

    PushTestBrowser() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
        new SecureRandom().nextBytes(authSecret);
    }

    String p256dh() {
        return B64.encodeToString(VapidKeys.uncompressed((ECPublicKey) keys.getPublic()));
    }

    String auth() {
        return B64.encodeToString(authSecret);
    }

    /** Decrypts the body of a push message as the browser would. */
    String decrypt(byte[] body) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        int idLength = in.get() & 0xff;
        byte[] serverPublic = new byte[idLength];
        in.get(serverPublic);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        assertThat(idLength).isEqualTo(65);
        assertThat(ciphertext.length).isLessThanOrEqualTo(recordSize);

        KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
        agreement.init(keys.getPrivate());
        agreement.doPhase(publicKey(serverPublic), true);
        byte[] ecdhSecret = agreement.generateSecret();

        byte[] uaPublic = VapidKeys.uncompressed((ECPublicKey) keys.getPublic());
        byte[] keyInfo = concat("WebPush: info".getBytes(StandardCharsets.US_ASCII), new byte[] {0}, uaPublic, serverPublic);
        byte[] ikm = hkdf(authSecret, ecdhSecret, keyInfo, 32);
        byte[] cek = hkdf(salt, ikm, concat("Content-Encoding: aes128gcm".getBytes(StandardCharsets.US_ASCII), new byte[] {0}), 16);
        byte[] nonce = hkdf(salt, ikm, concat("Content-Encoding: nonce".getBytes(StandardCharsets.US_ASCII), new byte[] {0}), 12);

        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = cipher.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        assertThat(padded[end]).as("last record delimiter").isEqualTo((byte) 2);
        return new String(padded, 0, end, StandardCharsets.UTF_8);
    }

    /** Verifies the VAPID header: ES256 signature by the key in k, audience, expiry; returns the JWT claims JSON. */
    static String verifyVapid(String authorization, String expectedKey, String expectedAudience) throws GeneralSecurityException {
        Matcher m = VAPID.matcher(authorization);
        assertThat(m.matches()).as("VAPID header %s", authorization).isTrue();
        String jwt = m.group(1);
        assertThat(m.group(2)).isEqualTo(expectedKey);
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        String header = new String(B64D.decode(parts[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"ES256\"");
        Signature verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        verifier.initVerify(publicKey(B64D.decode(m.group(2))));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(B64D.decode(parts[2]))).as("JWT signature").isTrue();
        String claims = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"aud\":\"" + expectedAudience + "\"");
        Matcher exp = Pattern.compile("\"exp\":(\\d+)").matcher(claims);
        assertThat(exp.find()).isTrue();
        long now = System.currentTimeMillis() / 1000;
        assertThat(Long.parseLong(exp.group(1))).isBetween(now, now + 24 * 3600);
        return claims;
    }

    static ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        assertThat(uncompressed).hasSize(65);
        assertThat(uncompressed[0]).isEqualTo((byte) 4);
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, VapidKeys.p256()));
    }

    /** HKDF-SHA-256 (RFC 5869) with output of at most 32 bytes. */
    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        byte[] okm = mac.doFinal(concat(info, new byte[] {1}));
        return Arrays.copyOf(okm, length);
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] result = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, result, at, part.length);
            at += part.length;
        }
        return result;
    }
}
