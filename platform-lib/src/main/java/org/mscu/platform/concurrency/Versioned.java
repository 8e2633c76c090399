package org.mscu.platform.concurrency;

/**
 * A response body with an optimistic-locking version: a GET answering it carries
 * {@code ETag: "<version>"}, which clients send back as {@code If-Match}. A record with a
 * {@code long version} component implements it just by declaring it.
 */
public interface Versioned {

    long version();
}
