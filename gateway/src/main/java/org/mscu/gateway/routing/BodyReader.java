package org.mscu.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.mscu.gateway.problem.Problems;

/**
 * Reads the request body into memory up to the limit: a declared Content-Length above it is 413
 * before a byte is read, a chunked body that grows past it is 413 as soon as it does.
 */
public final class BodyReader {

    public static final String KEY = "mscu.body";

    private BodyReader() {
    }

    /** 413 at once when the declared length is too large; true when the request may go on. */
    public static boolean declaredWithin(RoutingContext ctx, long limit) {
        String declared = ctx.request().getHeader("Content-Length");
        if (declared == null) {
            return true;
        }
        try {
            if (Long.parseLong(declared.trim()) <= limit) {
                return true;
            }
        } catch (NumberFormatException e) {
            Problems.send(ctx, 400, "BAD_REQUEST", "Bad Request", "Content-Length is not a number");
            return false;
        }
        Problems.payloadTooLarge(ctx, limit);
        return false;
    }

    public static void read(RoutingContext ctx, long limit) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded()) {
            ctx.next();
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader("Expect"))) {
            ctx.response().writeContinue();
        }
        Buffer body = Buffer.buffer();
        boolean[] tooLarge = {false};
        request.handler(chunk -> {
            if (tooLarge[0]) {
                return;
            }
            if ((long) body.length() + chunk.length() > limit) {
                tooLarge[0] = true;
                Problems.payloadTooLarge(ctx, limit);
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(error -> {
            if (!ctx.response().ended() && !ctx.response().closed()) {
                ctx.response().reset();
            }
        });
        request.endHandler(v -> {
            if (!tooLarge[0]) {
                ctx.put(KEY, body);
                ctx.next();
            }
        });
        request.resume();
    }
}
