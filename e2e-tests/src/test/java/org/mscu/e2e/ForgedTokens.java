package org.mscu.e2e;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;

/**
 * Tokens an attacker could build from a real one: same claims, but a broken signature, no
 * signature ({@code alg: none}), or a signature by a key Keycloak never issued (with Keycloak's
 * own key id in the header, so only the signature check can catch it).
 */
public final class ForgedTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private ForgedTokens() {
    }

    /** The real token with one character of its signature changed. */
    public static String withTamperedSignature(String token) {
        int lastDot = token.lastIndexOf('.');
        char[] signature = token.substring(lastDot + 1).toCharArray();
        int middle = signature.length / 2;
        signature[middle] = signature[middle] == 'A' ? 'B' : 'A';
        return token.substring(0, lastDot + 1) + new String(signature);
    }

    /** The real token's claims with a changed claim and the original signature kept. */
    public static String withAlteredClaims(String token, String claim, String value) {
        String[] parts = token.split("\\.");
        ObjectNode claims = decode(parts[1]);
        claims.put(claim, value);
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    /** The real token's claims, declared unsigned. */
    public static String unsigned(String token) {
        String[] parts = token.split("\\.");
        ObjectNode header = JSON.createObjectNode().put("alg", "none").put("typ", "JWT");
        return encode(header) + "." + parts[1] + ".";
    }

    /** The real token's header and claims, signed RS256 by a fresh key Keycloak never saw. */
    public static String signedByForeignKey(String token) {
        String[] parts = token.split("\\.");
        String signingInput = parts[0] + "." + parts[1];
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair foreign = generator.generateKeyPair();
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(foreign.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with a generated RSA key", e);
        }
    }

    /**
     * The real token's claims signed HS256 with {@code secret} — with the realm's public key as the
     * secret, the algorithm-confusion attack on verifiers that take the key from the token's header.
     */
    public static String hmacSigned(String token, byte[] secret) {
        String[] parts = token.split("\\.");
        ObjectNode header = decode(parts[0]);
        header.put("alg", "HS256");
        String signingInput = encode(header) + "." + parts[1];
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            return signingInput + "." + ENCODER.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign HS256", e);
        }
    }

    /** The real token's claims signed RS256 by a fresh key, under a key id the realm never published. */
    public static String withUnknownKeyId(String token) {
        KeyPair foreign = freshKey();
        String[] parts = token.split("\\.");
        ObjectNode header = decode(parts[0]);
        header.put("kid", java.util.UUID.randomUUID().toString());
        return signRs256(encode(header) + "." + parts[1], foreign);
    }

    /**
     * The real token's claims signed RS256 by a fresh key that the header itself carries ({@code jwk}),
     * for verifiers that trust a key because the token names it.
     */
    public static String carryingItsOwnKey(String token) {
        KeyPair foreign = freshKey();
        java.security.interfaces.RSAPublicKey key = (java.security.interfaces.RSAPublicKey) foreign.getPublic();
        String[] parts = token.split("\\.");
        ObjectNode header = decode(parts[0]);
        String kid = java.util.UUID.randomUUID().toString();
        header.put("kid", kid);
        header.putObject("jwk").put("kty", "RSA").put("kid", kid).put("use", "sig").put("alg", "RS256")
                .put("n", ENCODER.encodeToString(unsigned(key.getModulus())))
                .put("e", ENCODER.encodeToString(unsigned(key.getPublicExponent())));
        return signRs256(encode(header) + "." + parts[1], foreign);
    }

    /**
     * The real token's claims, changed by {@code change}, signed RS256 by {@code key} under the key id
     * {@code kid}: with a key the realm publishes, a genuinely signed token whose claims the test chose.
     */
    public static String signedWith(String token, String kid, KeyPair key, java.util.function.Consumer<ObjectNode> change) {
        String[] parts = token.split("\\.");
        ObjectNode header = decode(parts[0]);
        header.put("kid", kid);
        ObjectNode claims = decode(parts[1]);
        change.accept(claims);
        return signRs256(encode(header) + "." + encode(claims), key);
    }

    static KeyPair freshKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static String signRs256(String signingInput, KeyPair key) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with a generated RSA key", e);
        }
    }

    private static byte[] unsigned(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    /** The claims of a token (not verified: for looking at what Keycloak issued). */
    public static ObjectNode claims(String token) {
        return decode(token.split("\\.")[1]);
    }

    private static ObjectNode decode(String part) {
        try {
            return (ObjectNode) JSON.readTree(DECODER.decode(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(ObjectNode node) {
        try {
            return ENCODER.encodeToString(JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
