package kz.reglament.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Every refusal of {@code /api} as problem+json with a reason code; nothing reaches the client as a stack trace. */
@RestControllerAdvice(basePackages = "kz.reglament")
public class ApiExceptionHandler {

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
            MethodArgumentTypeMismatchException.class})
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

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        return at(problems.problem(HttpStatus.BAD_REQUEST, "MALFORMED_BODY"), request);
    }

    private static ProblemDetail at(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
