package org.mscu.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;
import org.mscu.platform.testing.Persona;
import org.mscu.platform.testing.TestTokens;

/** Valid test tokens and the forgeries the gateway must refuse. */
final class Tokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder URL_DECODER = Base64.getUrlDecoder();

    private Tokens() {
    }

    static String valid() {
        return TestTokens.as(Persona.COORDINATOR).sign();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A real token whose payload was edited after signing (agency changed). */
    static String tampered() {
        String[] parts = valid().split("\\.");
        String payload = new String(URL_DECODER.decode(parts[1]), StandardCharsets.UTF_8).replace("\"gmp\"", "\"glaa\"");
        return parts[0] + "." + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    /** The claims of a real token, unsigned, with {@code alg: none}. */
    static String algNone() {
        String payload = valid().split("\\.")[1];
        String header = URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** The claims of a real token signed HS256 with the realm's public key as the secret (key confusion). */
    static String hs256WithPublicKey() {
        String payload = new String(URL_DECODER.decode(valid().split("\\.")[1]), StandardCharsets.UTF_8);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(payload);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        jws.setKeyIdHeaderValue("test-key");
        jws.setKey(new HmacKey(publicKeyPem()));
        jws.setDoKeyValidation(false);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] publicKeyPem() {
        try (InputStream in = Tokens.class.getClassLoader().getResourceAsStream("test-keys/publicKey.pem")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
