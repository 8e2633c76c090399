package org.mscu.e2e;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of a probe, ready to send: its path, query and body, and the record it concerns. A call
 * {@link #on on} a record is decided by the caller's relationships to it (404 without one); a call
 * {@link #listing listing} records must show the record exactly to the callers who may read it.
 */
final class Subject {

    private final String path;
    private final Map<String, Object> query = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object body;
    private Fixture record;
    private boolean recordScoped;
    private boolean listsRecord;
    private boolean returnsRecord;

    private Subject(String path) {
        this.path = path;
    }

    static Subject at(String path) {
        return new Subject(path);
    }

    Subject query(String name, Object value) {
        query.put(name, value);
        return this;
    }

    Subject header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    Subject body(Object body) {
        this.body = body;
        return this;
    }

    /** The call acts on this record: callers without a relationship the policy accepts get 404. */
    Subject on(Fixture record) {
        this.record = record;
        this.recordScoped = true;
        return this;
    }

    /** The call lists records: this one must be among the items exactly for callers who may read it. */
    Subject listing(Fixture record) {
        this.record = record;
        this.listsRecord = true;
        return this;
    }

    /** A successful answer is the record itself, so every field the caller's grant does not hide is present. */
    Subject returningRecord() {
        this.returnsRecord = true;
        return this;
    }

    String path() {
        return path;
    }

    Map<String, Object> query() {
        return query;
    }

    Map<String, String> headers() {
        return headers;
    }

    Object body() {
        return body;
    }

    Fixture record() {
        return record;
    }

    boolean recordScoped() {
        return recordScoped;
    }

    boolean listsRecord() {
        return listsRecord;
    }

    boolean returnsRecord() {
        return returnsRecord;
    }
}
