package org.mscu.platform.idempotency;

import java.util.Map;

/** The first response to an idempotent request: status, the headers that matter, body bytes. */
public record StoredResponse(int status, Map<String, String> headers, byte[] body) {

    /** Headers a replay repeats. */
    public static final java.util.List<String> KEPT_HEADERS = java.util.List.of("Location", "ETag", "Content-Type");
}
