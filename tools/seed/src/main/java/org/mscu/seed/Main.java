package org.mscu.seed;

/**
 * {@code bin/platform seed}: fills the running platform with the demo world and prints what is there.
 * Exit status 0 when everything is in place, 1 when a step failed (running again continues), 2 on bad usage.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0) {
            System.err.println("""
                    usage: bin/platform seed
                      Fills the running platform with fictional demo data through the gateway, as the development
                      realm's identities; running it again creates nothing new. Addresses (defaults in brackets):
                        MSCU_GATEWAY_URL         [http://localhost:8080]
                        MSCU_KEYCLOAK_REALM_URL  [http://localhost:8180/realms/mscu]""");
            System.exit(args[0].equals("-h") || args[0].equals("--help") ? 0 : 2);
        }
        try {
            Summary summary = new Seeder(Settings.fromEnvironment(), System.err).run();
            System.out.print(summary.render());
        } catch (SeedException e) {
            System.err.println("seed: " + e.getMessage());
            System.exit(1);
        }
    }
}
