package kz.reglament.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh, empty database for one measurement, removed again by {@link #close()} unless {@code bench.keep} asks to
 * look at it afterwards: an H2 file under target/bench or a PostgreSQL database of its own on the configured server.
 */
public final class Database implements AutoCloseable {

    private final String kind;
    private final String url;
    private final String user;
    private final String serverUrl;
    private final String name;
    private final boolean keep;

    private Database(String kind, String url, String user, String serverUrl, String name, boolean keep) {
        this.kind = kind;
        this.url = url;
        this.user = user;
        this.serverUrl = serverUrl;
        this.name = name;
        this.keep = keep;
    }

    public static Database fresh(String kind, String label, BenchSettings settings) {
        String name = "reglament_bench_" + label + "_"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
        return switch (kind) {
            case "h2" -> {
                Path directory = Path.of("target", "bench", "h2", name).toAbsolutePath();
                yield new Database(kind, "jdbc:h2:file:" + directory.resolve("reglament")
                        + ";DB_CLOSE_ON_EXIT=FALSE", "sa", null, directory.toString(), settings.keepDatabases());
            }
            case "postgres" -> {
                execute(settings.postgresUrl() + "postgres", settings.postgresUser(), "CREATE DATABASE " + name);
                yield new Database(kind, settings.postgresUrl() + name, settings.postgresUser(),
                        settings.postgresUrl() + "postgres", name, settings.keepDatabases());
            }
            default -> throw new IllegalArgumentException("Unknown database '" + kind + "'; use h2 or postgres");
        };
    }

    /** A PostgreSQL database an earlier run kept ({@code bench.keep}); never dropped, since this run did not make it. */
    public static Database existing(String name, BenchSettings settings) {
        return new Database("postgres", settings.postgresUrl() + name, settings.postgresUser(),
                settings.postgresUrl() + "postgres", name, true);
    }

    public String kind() {
        return kind;
    }

    public boolean postgres() {
        return "postgres".equals(kind);
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** The asynchronous steps still waiting for the job executor, not counting those out of retries (incidents). */
    public long pendingAsyncJobs() throws SQLException {
        return countAsyncJobs("retries_ > 0");
    }

    /** The asynchronous steps that failed until no retry was left, each an incident for an administrator. */
    public long failedAsyncJobs() throws SQLException {
        return countAsyncJobs("retries_ = 0");
    }

    private long countAsyncJobs(String retriesCondition) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from act_ru_job where type_ = 'message'"
                        + " and " + retriesCondition)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Override
    public void close() {
        if (keep) {
            System.out.println("Kept the " + kind + " database " + name);
            return;
        }
        if (postgres()) {
            execute(serverUrl, user, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            return;
        }
        if (!Files.exists(Path.of(name))) {
            return;
        }
        try (Stream<Path> files = Files.walk(Path.of(name))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (Exception leftBehind) {
            System.err.println("Could not remove " + name + ": " + leftBehind);
        }
    }

    private static void execute(String url, String user, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run " + sql + " on " + url, e);
        }
    }
}
