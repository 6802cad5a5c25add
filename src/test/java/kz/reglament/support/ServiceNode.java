package kz.reglament.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.reglament.ReglamentApplication;

/**
 * The service as an operator runs it: a JVM of its own, so it can be killed outright and so several of them really
 * are separate nodes (each with its own job executor, engine and clock) sharing one database. Its output goes to a
 * log file under target/, named after the node.
 */
public final class ServiceNode implements AutoCloseable {

    public static final String ADMIN_PASSWORD = ServiceTest.ADMIN_PASSWORD;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Launches a node on PostgreSQL with the given properties (as command-line arguments, so they win over the
     * service's own files) and returns at once; {@link #awaitReady()} waits for it to serve.
     */
    public static ServiceNode launch(String name, int port, String databaseUrl, String databaseUser,
            Map<String, String> properties) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("spring.profiles.active", "postgres");
        arguments.put("spring.datasource.url", databaseUrl);
        arguments.put("spring.datasource.username", databaseUser);
        arguments.put("spring.datasource.hikari.maximum-pool-size", "15");
        // Names the node's database sessions, so a test can see when a killed node's are gone.
        arguments.put("spring.datasource.hikari.data-source-properties.ApplicationName", name);
        arguments.put("server.port", String.valueOf(port));
        arguments.put("reglament.security.admin.password", ADMIN_PASSWORD);
        arguments.put("reglament.data-directory", "./target/test-data/node-" + name);
        arguments.put("camunda.bpm.generic-properties.properties.hostname", name);
        arguments.putAll(properties);
        // The machine runs several builds at once: a small heap and a serial collector keep a node modest.
        return launch(name, port, List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                ReglamentApplication.class.getName(), arguments);
    }

    /**
     * Launches {@code mainClass} (the service, or a class that starts it with more configuration) from this JVM's
     * class path with the JVM options and the properties as command-line arguments.
     */
    public static ServiceNode launch(String name, int port, List<String> jvmOptions, String mainClass,
            Map<String, String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), mainClass));
        arguments.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Path log = Path.of("target", "service-nodes", name + ".log");
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
            return new ServiceNode(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start service node " + name, e);
        }
    }

    /** Waits until the node answers its health check, or fails with the end of its log if it died or hung. */
    public ServiceNode awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Service node " + name + " exited with " + process.exitValue()
                        + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Service node " + name + " did not start within " + START_TIMEOUT + ":\n"
                + logTail());
    }

    /** SIGKILL: no shutdown hook, no graceful stop, transactions in flight simply end. */
    public void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM: Spring's graceful shutdown, which also closes the engine (and writes its metrics). */
    public void stop() {
        process.destroy();
        if (!waitFor(Duration.ofSeconds(60))) {
            kill();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test's own class path. Surefire may run tests from a manifest-only jar, in which case java.class.path names
     * just that jar and the real path is in surefire.test.class.path.
     */
    static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
