package se.trygghetsnav.community;

import com.zerodeplibs.webpush.VAPIDKeyPair;
import com.zerodeplibs.webpush.VAPIDKeyPairs;
import com.zerodeplibs.webpush.jwt.VAPIDJWTParam;
import com.zerodeplibs.webpush.key.PrivateKeySources;
import com.zerodeplibs.webpush.key.PublicKeySources;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application server's VAPID key pair (RFC 8292). Configured with {@code trygghetsnav.push.public-key} and
 * {@code trygghetsnav.push.private-key} (base64url: the uncompressed P-256 point and the 32-byte private scalar, as
 * printed by the usual "generate VAPID keys" tools); without them a pair is generated at first use and kept in the
 * table push_vapid_key, so subscriptions survive restarts and all instances share it.
 */
@Component
class VapidKeys {

    private static final Logger log = LoggerFactory.getLogger(VapidKeys.class);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    private final JdbcClient jdbc;
    private final String configuredPublicKey;
    private final String configuredPrivateKey;
    private final String subject;
    private volatile Loaded loaded;

    VapidKeys(JdbcClient jdbc, @Value("${trygghetsnav.push.public-key:}") String publicKey,
            @Value("${trygghetsnav.push.private-key:}") String privateKey,
            @Value("${trygghetsnav.push.subject:${trygghetsnav.base-url:http://localhost:8080}}") String subject) {
        this.jdbc = jdbc;
        this.configuredPublicKey = publicKey.strip();
        this.configuredPrivateKey = privateKey.strip();
        if (configuredPublicKey.isEmpty() != configuredPrivateKey.isEmpty()) {
            throw new IllegalStateException("Set both trygghetsnav.push.public-key and trygghetsnav.push.private-key, or neither");
        }
        this.subject = subject.strip();
    }

    /** The public key as browsers want it for {@code applicationServerKey} (base64url, uncompressed point). */
    String publicKey() {
        return load().publicKey;
    }

    /** The key pair that signs the VAPID JWTs (the Authorization header is cached per push service). */
    VAPIDKeyPair keyPair() {
        return load().keyPair;
    }

    /** The contact of the VAPID JWT ("sub"): a mailto: or https: address. */
    String subject() {
        return subject;
    }

    private Loaded load() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = configuredPublicKey.isEmpty() ? stored() : new Loaded(configuredPublicKey, configuredPrivateKey);
                    loaded = current;
                }
            }
        }
        return current;
    }

    private Loaded stored() {
        record Row(String publicKey, String privateKey) {}
        var existing = jdbc.sql("SELECT public_key, private_key FROM push_vapid_key WHERE id = 1").query(Row.class).optional();
        if (existing.isPresent()) {
            return new Loaded(existing.get().publicKey(), existing.get().privateKey());
        }
        String[] generated = generate();
        int inserted = jdbc.sql("INSERT INTO push_vapid_key (id, public_key, private_key) VALUES (1, :pub, :priv) ON CONFLICT (id) DO NOTHING")
                .param("pub", generated[0]).param("priv", generated[1]).update();
        if (inserted == 1) {
            log.info("Skapade ett VAPID-nyckelpar för webbpush (publik nyckel {}); ange trygghetsnav.push.public-key och "
                    + "trygghetsnav.push.private-key för att använda egna nycklar", generated[0]);
        }
        Row row = jdbc.sql("SELECT public_key, private_key FROM push_vapid_key WHERE id = 1").query(Row.class).single();
        return new Loaded(row.publicKey(), row.privateKey());
    }

    /** A new P-256 key pair: {public key, private key} in base64url. */
    static String[] generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            ECPublicKey publicKey = (ECPublicKey) pair.getPublic();
            ECPrivateKey privateKey = (ECPrivateKey) pair.getPrivate();
            return new String[] {BASE64URL.encodeToString(uncompressed(publicKey)), BASE64URL.encodeToString(fixed32(privateKey.getS()))};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is not available", e);
        }
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        System.arraycopy(fixed32(key.getW().getAffineX()), 0, point, 1, 32);
        System.arraycopy(fixed32(key.getW().getAffineY()), 0, point, 33, 32);
        return point;
    }

    static byte[] fixed32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length == 32) {
            return bytes;
        }
        byte[] fixed = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, fixed, 32 - length, length);
        return fixed;
    }

    static ECParameterSpec p256() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return ((ECPublicKey) generator.generateKeyPair().getPublic()).getParams();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 is not available", e);
        }
    }

    private final class Loaded {

        final String publicKey;
        final VAPIDKeyPair keyPair;

        Loaded(String publicKey, String privateKey) {
            this.publicKey = publicKey;
            try {
                byte[] scalar = BASE64URL_DECODER.decode(privateKey);
                ECPrivateKey key = (ECPrivateKey) KeyFactory.getInstance("EC")
                        .generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), p256()));
                this.keyPair = new CachingKeyPair(VAPIDKeyPairs.of(PrivateKeySources.ofECPrivateKey(key),
                        PublicKeySources.ofUncompressedBytes(BASE64URL_DECODER.decode(publicKey))));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalStateException("The VAPID keys are not a base64url P-256 key pair", e);
            }
        }
    }

    /**
     * Signs one VAPID JWT per push service origin and reuses it while it has more than an hour left, instead of an
     * ECDSA signature for every message.
     */
    private static final class CachingKeyPair implements VAPIDKeyPair {

        private final VAPIDKeyPair keys;
        private final ConcurrentHashMap<String, Signed> byOrigin = new ConcurrentHashMap<>();

        private record Signed(String header, Instant expires) {}

        CachingKeyPair(VAPIDKeyPair keys) {
            this.keys = keys;
        }

        @Override
        public byte[] extractPublicKeyInUncompressedForm() {
            return keys.extractPublicKeyInUncompressedForm();
        }

        @Override
        public String extractPublicKeyInUncompressedFormAsString() {
            return keys.extractPublicKeyInUncompressedFormAsString();
        }

        @Override
        public String generateAuthorizationHeaderValue(VAPIDJWTParam param) {
            String key = param.getOrigin() + " " + param.getSubject().orElse("");
            Signed signed = byOrigin.get(key);
            if (signed == null || signed.expires().isBefore(Instant.now().plusSeconds(3600))) {
                signed = new Signed(keys.generateAuthorizationHeaderValue(param), param.getExpirationTime());
                byOrigin.put(key, signed);
            }
            return signed.header();
        }

        @Override
        public String toString() {
            return "VAPID key pair " + Arrays.hashCode(extractPublicKeyInUncompressedForm());
        }
    }
}
