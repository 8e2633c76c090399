package org.mscu.e2e;

import java.util.UUID;

/** The four services, each with its token audience, local port and one path that reads a record. */
public enum Service {
    REFERRALS("referral-service", 8081, "/api/v1/referrals/", Persona.COORDINATOR),
    VICTIMS("victim-service", 8082, "/api/v1/victims/", Persona.COORDINATOR),
    ORDERS("orders-service", 8083, "/api/v1/orders/", Persona.ORDER_MANAGER),
    ACCOMMODATION("accommodation-service", 8084, "/api/v1/properties/", Persona.HOUSING_OFFICER);

    private final String audience;
    private final int localPort;
    private final String recordPath;
    private final Persona reader;

    Service(String audience, int localPort, String recordPath, Persona reader) {
        this.audience = audience;
        this.localPort = localPort;
        this.recordPath = recordPath;
        this.reader = reader;
    }

    public String audience() {
        return audience;
    }

    public int localPort() {
        return localPort;
    }

    /** A path to a record nobody created: an authorized reader gets 404 for it. */
    public String unknownRecordPath() {
        return recordPath + UUID.randomUUID();
    }

    /** Someone whose role reads this service's records. */
    public Persona reader() {
        return reader;
    }
}
