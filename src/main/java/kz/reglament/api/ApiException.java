package kz.reglament.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with a stable reason code for machines and a message key for people. The message is
 * looked up in {@code messages*.properties} in the language the client asked for.
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String reason;
    private final transient Object[] arguments;
    private final transient Map<String, Object> details = new LinkedHashMap<>();

    public ApiException(HttpStatus status, String reason, Object... arguments) {
        super(reason);
        this.status = status;
        this.reason = reason;
        this.arguments = arguments;
    }

    public HttpStatus status() {
        return status;
    }

    /** Stable and upper-case (e.g. {@code INVALID_TERM}); also the key of the localized message. */
    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Adds a member to the problem detail, e.g. the list of invalid fields. */
    public ApiException withDetail(String name, Object value) {
        details.put(name, value);
        return this;
    }

    public Map<String, Object> details() {
        return Map.copyOf(details);
    }
}
