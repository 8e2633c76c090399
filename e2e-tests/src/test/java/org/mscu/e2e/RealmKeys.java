package org.mscu.e2e;

import static io.restassured.RestAssured.given;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The realm's published signing key (its JWKS), in the forms an algorithm-confusion attacker would
 * try as an HMAC secret: PEM (with and without the final newline), DER, base64 of the DER (as the
 * Keycloak console shows it), and the certificate's base64.
 */
final class RealmKeys {

    private static Map<String, byte[]> forms;

    private RealmKeys() {
    }

    /** Each form of the realm's RS256 signing key, by name. */
    static synchronized Map<String, byte[]> publicKeyForms() {
        if (forms == null) {
            forms = read();
        }
        return forms;
    }

    private static Map<String, byte[]> read() {
        Map<String, Object> key = given().get(Platform.jwks()).then().statusCode(200).extract().jsonPath()
                .param("use", "sig").getMap("keys.find { it.use == use && it.alg == 'RS256' }");
        if (key == null) {
            throw new IllegalStateException("the realm publishes no RS256 signing key");
        }
        byte[] der = der(key.get("n").toString(), key.get("e").toString());
        String base64 = Base64.getEncoder().encodeToString(der);
        String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END PUBLIC KEY-----";
        @SuppressWarnings("unchecked")
        List<String> x5c = (List<String>) key.get("x5c");
        return Map.of(
                "PEM", (pem + "\n").getBytes(StandardCharsets.US_ASCII),
                "PEM without final newline", pem.getBytes(StandardCharsets.US_ASCII),
                "DER", der,
                "base64 of the DER", base64.getBytes(StandardCharsets.US_ASCII),
                "certificate base64", x5c == null || x5c.isEmpty() ? new byte[] {0} : x5c.get(0).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] der(String n, String e) {
        Base64.Decoder url = Base64.getUrlDecoder();
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, url.decode(n)), new BigInteger(1, url.decode(e)))).getEncoded();
        } catch (GeneralSecurityException ex) {
            throw new IllegalStateException("the realm's key is not an RSA key", ex);
        }
    }
}
