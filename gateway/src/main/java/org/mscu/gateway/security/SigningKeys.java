package org.mscu.gateway.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.mscu.gateway.GatewayConfig;

/**
 * The keys tokens must be signed with: the realm's JWKS ({@link JwksCache}), or, with
 * {@code mscu.gateway.jwt.public-key-location} set, that one PEM key and no JWKS at all.
 */
@ApplicationScoped
public class SigningKeys {

    private final GatewayConfig.Jwt config;
    private final Vertx vertx;
    private volatile PublicKey fixedKey;
    private volatile JwksCache jwks;

    public SigningKeys(GatewayConfig config, Vertx vertx) {
        this.config = config.jwt();
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        if (config.publicKeyLocation().isPresent()) {
            fixedKey = readPem(config.publicKeyLocation().get());
            return;
        }
        String url = config.jwksUrl().orElse(config.issuer() + "/protocol/openid-connect/certs");
        jwks = new JwksCache(vertx, url, config.jwksRefresh(), config.jwksMinRefresh());
        jwks.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (jwks != null) {
            jwks.stop();
        }
    }

    public PublicKey key(String kid) {
        if (fixedKey != null) {
            return fixedKey;
        }
        return jwks == null ? null : jwks.key(kid);
    }

    public Future<Boolean> refreshForUnknownKey() {
        return jwks == null ? Future.succeededFuture(false) : jwks.refreshForUnknownKey();
    }

    static PublicKey readPem(String location) {
        try (InputStream in = open(location)) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot read public key " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(location);
        return in != null ? in : Files.newInputStream(Path.of(location));
    }
}
