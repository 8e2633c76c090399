package org.mscu.accommodation.common;

/** Descriptions shared by the OpenAPI annotations of this service's resources. */
public final class ApiResponses {

    public static final String PROBLEM = "application/problem+json";
    public static final String FORBIDDEN = "The caller's role may not use this function (always for immigration-enforcement)";
    public static final String NOT_FOUND = "No such record, or one the caller may not know";

    private ApiResponses() {
    }
}
