package org.mscu.platform.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Puts {@link VerifiedTokens} in front of smallrye-jwt: Quarkus verifies every bearer token with
 * {@code JWTParser.parse(String)} (its {@code MpJwtValidator}), so a token already verified is not
 * verified again. Every other method goes to smallrye-jwt unchanged.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
abstract class CachingJwtParser implements JWTParser {

    @Inject
    @Delegate
    JWTParser delegate;

    @Inject
    VerifiedTokens verified;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        return verified.parse(token, delegate::parse);
    }
}
