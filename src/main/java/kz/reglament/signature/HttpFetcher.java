package kz.reglament.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches CRLs and asks OCSP responders over HTTP, within one deadline for the whole exchange and a size limit, so
 * that a slow or hostile server can neither hold a verification nor exhaust memory.
 */
final class HttpFetcher {

    /** The NCA's full CRLs are large, but far below this. */
    static final int MAXIMUM_BYTES = 64 * 1024 * 1024;

    // Bodies are read off the shared pools, which a stalled server would otherwise block for everyone.
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "revocation-http");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpClient client;
    private final Duration timeout;

    HttpFetcher(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).executor(READERS)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    byte[] get(URI uri) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).GET().build());
    }

    byte[] post(URI uri, String contentType, byte[] body) throws IOException {
        return send(HttpRequest.newBuilder(uri).timeout(timeout).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private byte[] send(HttpRequest request) throws IOException {
        CompletableFuture<HttpResponse<InputStream>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        // The request timeout ends when the headers arrive; the body must arrive within the same deadline.
        CompletableFuture<byte[]> body = response.thenApplyAsync(answer -> readBody(request, answer), READERS);
        try {
            return body.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.thenAccept(answer -> closeQuietly(answer.body()));
            body.cancel(true);
            throw noAnswerInTime(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException unchecked ? unchecked.getCause() : e.getCause();
            if (cause instanceof HttpTimeoutException) {
                // The client's own timeout and the deadline above end together; either way the answer is the same.
                throw noAnswerInTime(request, cause);
            }
            throw cause instanceof IOException io ? io : new IOException(String.valueOf(cause.getMessage()), cause);
        }
    }

    private IOException noAnswerInTime(HttpRequest request, Throwable cause) {
        return new IOException("No complete answer within " + timeout + " from " + request.uri(), cause);
    }

    private static byte[] readBody(HttpRequest request, HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + response.statusCode() + " from " + request.uri());
            }
            byte[] bytes = body.readNBytes(MAXIMUM_BYTES + 1);
            if (bytes.length > MAXIMUM_BYTES) {
                throw new IOException("More than " + MAXIMUM_BYTES + " bytes from " + request.uri());
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(InputStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the answer is abandoned anyway
        }
    }
}
