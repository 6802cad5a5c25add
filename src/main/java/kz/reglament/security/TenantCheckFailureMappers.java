package kz.reglament.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * The engine refuses work on another tenant's data with a plain {@link ProcessEngineException}, which
 * {@code /engine-rest} would answer with 500. A refusal is the caller's fault, not the server's: these mappers
 * answer 403 in the engine REST API's own error shape and leave every other error to Camunda's handlers.
 */
final class TenantCheckFailureMappers {

    /** The engine's log code for "belongs to no authenticated tenant". */
    static final String UNAUTHORIZED_TENANT_CODE = "ENGINE-13034";

    private TenantCheckFailureMappers() {
    }

    static boolean isTenantCheckFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProcessEngineException && cause.getMessage() != null
                    && cause.getMessage().contains(UNAUTHORIZED_TENANT_CODE)) {
                return true;
            }
        }
        return false;
    }

    static Response forbidden(Throwable error) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "AuthorizationException",
                        "message", "The resource belongs to a tenant you are not a member of."))
                .build();
    }

    @Priority(1)
    static class ForProcessEngineException implements ExceptionMapper<ProcessEngineException> {
        private final ProcessEngineExceptionHandler camundaHandler = new ProcessEngineExceptionHandler();

        @Override
        public Response toResponse(ProcessEngineException error) {
            return isTenantCheckFailure(error) ? forbidden(error) : camundaHandler.toResponse(error);
        }
    }

    @Priority(1)
    static class ForRestException implements ExceptionMapper<RestException> {
        private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

        @Override
        public Response toResponse(RestException error) {
            return isTenantCheckFailure(error) ? forbidden(error) : camundaHandler.toResponse(error);
        }
    }
}
