package kz.reglament.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refusal of {@code /api} as problem+json with a reason code; nothing reaches the client as a stack trace.
 *
 * <p>Not limited to this service's controllers: a request refused before Spring MVC has chosen a controller (a
 * content type no method consumes, a broken multipart body, a path nothing serves) has no controller to match, and an
 * advice limited to some would leave it to Spring Boot's plain JSON error, or to a 500.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    static final long BUSY_RETRY_AFTER_SECONDS = 5;

    private final ApiProblems problems;

    public ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ProblemDetail refused(ApiException refusal, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(refusal.status(), refusal.reason(), refusal.arguments());
        refusal.details().forEach(problem::setProperty);
        return at(problem, request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED");
        List<Map<String, String>> fields = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        problem.setProperty("fields", fields);
        return at(problem, request);
    }

    @ExceptionHandler({HandlerMethodValidationException.class, MissingServletRequestParameterException.class,
            MethodArgumentTypeMismatchException.class, MissingServletRequestPartException.class})
    ProblemDetail invalidParameter(Exception invalid, HttpServletRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER");
        problem.setProperty("cause", invalid.getMessage());
        return at(problem, request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request) {
        return at(problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                tooLarge.getMaxUploadSize() < 0 ? "?" : tooLarge.getMaxUploadSize() / (1024 * 1024)), request);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException unsupported, HttpServletRequest request) {
        return at(problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                String.valueOf(unsupported.getContentType())), request);
    }

    /** A multipart body that cannot be parsed is the client's fault like broken JSON; too large has its own. */
    @ExceptionHandler({HttpMessageNotReadableException.class, MultipartException.class})
    ProblemDetail unreadableBody(Exception unreadable, HttpServletRequest request) {
        return at(problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_BODY"), request);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException notAllowed, HttpServletRequest request) {
        return at(problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", notAllowed.getMethod()),
                request);
    }

    /**
     * Every database connection is taken and none came free in time: the service is overloaded, which is not the
     * client's fault and no defect either. Nothing was stored (the transaction never began), so the client may send
     * the same request again, with the same Idempotency-Key, after Retry-After.
     */
    @ExceptionHandler({CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class})
    ProblemDetail busy(Exception noConnection, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", Long.toString(BUSY_RETRY_AFTER_SECONDS));
        return at(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_BUSY"), request);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail nothingHere(NoResourceFoundException nothing, HttpServletRequest request) {
        return at(problems.problem(HttpStatus.NOT_FOUND, "NOT_FOUND"), request);
    }

    private static ProblemDetail at(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(ApiProblems.instance(request));
        // Some paths (/staff) leave security headers to the webapps, which do not cover them; a problem may repeat
        // what the client sent, and no browser should sniff it as HTML.
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getResponse() != null) {
            attributes.getResponse().setHeader("X-Content-Type-Options", "nosniff");
        }
        return problem;
    }
}
