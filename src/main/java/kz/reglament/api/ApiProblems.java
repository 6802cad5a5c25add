package kz.reglament.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** Builds RFC 9457 problem details with a reason code and a message in the client's language. */
@Component
public class ApiProblems {

    public static final String TYPE_BASE = "https://reglament.kz/problems/";

    private final MessageSource messages;

    public ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatus status, String reason, Object... arguments) {
        return problem(status, reason, LocaleContextHolder.getLocale(), arguments);
    }

    public ProblemDetail problem(HttpStatus status, String reason, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("problem." + reason, arguments, reason, locale));
        problem.setType(URI.create(TYPE_BASE + reason.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
                locale));
        problem.setProperty("reason", reason);
        return problem;
    }

    /** For filters that answer before Spring MVC does: the locale comes from the request itself. */
    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String reason, Object... arguments) {
        ProblemDetail problem = problem(status, reason, request.getLocale(), arguments);
        problem.setInstance(instance(request));
        return problem;
    }

    /** The address the problem occurred at; none when the client sent one that is no URI, which is the problem. */
    public static URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
