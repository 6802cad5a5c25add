package kz.reglament.security;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;

/**
 * A body {@code /engine-rest} cannot read as JSON of the expected shape. The JSON provider's own mappers would answer
 * 400 as plain text naming the engine's DTO classes and the parser's position; these answer it in the engine REST
 * API's error shape, as Cockpit and other clients of that API expect, without the internals. One mapper per
 * exception type the provider maps, since JAX-RS prefers the mapper of the closest type over any priority.
 */
final class UnreadableBodyMappers {

    private UnreadableBodyMappers() {
    }

    static Response badRequest() {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidRequestException",
                        "message", "The request body is not valid JSON of the expected shape."))
                .build();
    }

    @Priority(1)
    static class ForParseException implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException unreadable) {
            return badRequest();
        }
    }

    @Priority(1)
    static class ForMappingException implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException unreadable) {
            return badRequest();
        }
    }
}
