package org.mscu.gateway.correlation;

import io.vertx.ext.web.RoutingContext;

/** Who is calling, from the verified token: the client (azp) and agency; never personal data. */
public record CallerInfo(String clientId, String agency) {

    private static final String KEY = "mscu.caller";

    public static final CallerInfo ANONYMOUS = new CallerInfo("-", "-");

    public void attach(RoutingContext ctx) {
        ctx.put(KEY, this);
    }

    public static CallerInfo of(RoutingContext ctx) {
        CallerInfo caller = ctx.get(KEY);
        return caller != null ? caller : ANONYMOUS;
    }
}
