package org.mscu.gateway.security;

import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.mscu.gateway.problem.Problems;

/** Lets a request on only with a valid bearer token; the token itself is passed on unchanged. */
@ApplicationScoped
public class BearerAuthHandler implements Handler<RoutingContext> {

    private static final String PREFIX = "bearer ";

    private final TokenVerifier verifier;

    public BearerAuthHandler(TokenVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || header.length() <= PREFIX.length() || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            Problems.unauthorized(ctx, "A bearer token is required");
            return;
        }
        ctx.request().pause();
        Context context = Vertx.currentContext();
        verifier.verify(header.substring(PREFIX.length()).trim()).onComplete(result -> onContext(context, () -> {
            if (result.succeeded()) {
                result.result().attach(ctx);
                ctx.next();
            } else {
                Throwable error = result.cause();
                Problems.unauthorized(ctx, error instanceof TokenVerifier.Rejected ? error.getMessage() : "Token is invalid");
            }
        }));
    }

    /** A key refresh may complete on another event loop; the request goes on on its own. */
    private static void onContext(Context context, Runnable action) {
        if (context == null || Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
