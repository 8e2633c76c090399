package org.mscu.platform.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a POST resource method honour {@code Idempotency-Key}: the first successful (2xx/3xx)
 * response is stored per (client id, key) and replayed byte for byte to retries with the same
 * request; another request under the same key is 422 {@code IDEMPOTENCY_KEY_REUSED}; a retry
 * while the first is still running is 409 {@code IDEMPOTENCY_REQUEST_IN_PROGRESS}. Error
 * responses are not stored, so a corrected retry with the same key goes through.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {
}
