package kz.reglament.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the numbers were measured on, for the report, with two fixed pieces of single-threaded work timed on it. A
 * virtual machine's speed varies from day to day with its neighbours; the yardsticks show by how much, so that runs
 * on different days can be compared.
 */
final class Machine {

    private static final int MEGABYTE = 1 << 20;

    private Machine() {
    }

    static Map<String, Object> describe(BenchSettings settings) {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("processors", Runtime.getRuntime().availableProcessors());
        machine.put("cpu", cpuModel());
        machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("javaSha256MbPerSecond", Latency.round(sha256MegabytesPerSecond()));
        try {
            machine.put("postgresTenMillionRowsMs", Latency.round(postgresCountMillis(settings)));
        } catch (SQLException e) {
            // A run on H2 alone needs no PostgreSQL server; the report says why this yardstick is missing.
            machine.put("postgresTenMillionRowsMs", "not measured: " + e.getMessage());
        }
        return machine;
    }

    private static double sha256MegabytesPerSecond() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] block = new byte[MEGABYTE];
            // Enough for the JIT to compile the digest before the timed part.
            for (int i = 0; i < 64; i++) {
                digest.update(block);
            }
            int megabytes = 256;
            long started = System.nanoTime();
            for (int i = 0; i < megabytes; i++) {
                digest.update(block);
            }
            digest.digest();
            return megabytes / ((System.nanoTime() - started) / 1e9);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    /** The best of three counts over ten million generated rows, on the benchmark's PostgreSQL server. */
    private static double postgresCountMillis(BenchSettings settings) throws SQLException {
        try (Connection connection = DriverManager.getConnection(settings.postgresUrl() + "postgres",
                settings.postgresUser(), ""); Statement statement = connection.createStatement()) {
            statement.execute("set jit = off");
            double best = Double.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long started = System.nanoTime();
                statement.execute("select count(*) from generate_series(1, 10000000)");
                best = Math.min(best, (System.nanoTime() - started) / 1e6);
            }
            return best;
        }
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
