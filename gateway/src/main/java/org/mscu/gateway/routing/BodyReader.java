package org.mscu.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import org.mscu.gateway.problem.Problems;

/**
 * Reads the request body into memory up to the limit: a declared Content-Length above it is 413
 * before a byte is read, a chunked body that grows past it is 413 as soon as it does.
 *
 * <p>After a 413 over HTTP/1.1 the rest of the body is read and dropped, up to {@value #DRAIN_BYTES}
 * bytes for at most {@value #DRAIN_MILLIS} ms, and only then is the connection closed (if the body
 * has not ended by then): a client that writes its whole body before reading — most do — would
 * otherwise get a reset connection instead of the 413 (the lingering close web servers do). A body
 * that does end leaves the connection usable. Over HTTP/2 the stream simply ends with the answer.
 */
public final class BodyReader {

    public static final String KEY = "mscu.body";
    static final long DRAIN_BYTES = 64L * 1024 * 1024;
    static final long DRAIN_MILLIS = 10_000;

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
        refuse(ctx, limit);
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
                refuse(ctx, limit);
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

    /** 413, then the rest of an HTTP/1.1 body drained (see the class comment). */
    private static void refuse(RoutingContext ctx, long limit) {
        Problems.payloadTooLarge(ctx, limit);
        HttpServerRequest request = ctx.request();
        if (request.version() == HttpVersion.HTTP_2 || request.isEnded()) {
            return;
        }
        HttpConnection connection = request.connection();
        long[] drained = {0};
        long timer = ctx.vertx().setTimer(DRAIN_MILLIS, id -> {
            if (!request.isEnded()) {
                connection.close();
            }
        });
        request.handler(chunk -> {
            drained[0] += chunk.length();
            if (drained[0] > DRAIN_BYTES) {
                ctx.vertx().cancelTimer(timer);
                connection.close();
            }
        });
        request.endHandler(v -> ctx.vertx().cancelTimer(timer));
        request.resume();
    }
}
