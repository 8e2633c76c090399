package org.mscu.platform.sample;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.mscu.platform.concurrency.Versioned;

/** Test-only response body: nested object and an array of objects, for redaction. */
public record SampleView(UUID id, String name, String kind, String agency, String secret, Owner owner,
                         List<Contact> contacts, Instant createdAt, long version) implements Versioned {

    public record Owner(String phone) {
    }

    public record Contact(String label, String phone) {
    }

    static SampleView of(Sample sample) {
        return new SampleView(sample.id, sample.name, sample.kind, sample.agency, sample.secret,
                new Owner(sample.phone), List.of(new Contact("main", sample.phone), new Contact("other", sample.phone)),
                sample.createdAt, sample.version);
    }
}
