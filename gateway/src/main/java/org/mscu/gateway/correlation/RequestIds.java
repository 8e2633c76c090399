package org.mscu.gateway.correlation;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id: taken from a well-formed {@code X-Request-Id}, otherwise generated. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "mscu.requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

    private RequestIds() {
    }

    public static String assign(RoutingContext ctx) {
        String given = ctx.request().getHeader(HEADER);
        String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        ctx.put(KEY, id);
        return id;
    }

    public static String get(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
