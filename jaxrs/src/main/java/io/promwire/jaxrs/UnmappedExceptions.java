package io.promwire.jaxrs;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Maps what no other exception mapper maps (Jakarta REST picks the mapper of the nearest type, so
 * the application's own mappers win): a {@link WebApplicationException} to its own response, as the
 * container would; anything else to a {@code 500} with a fixed body that reveals nothing, logged
 * through {@link System.Logger}, and counted by {@link RequestRecorder} as an exception.
 */
final class UnmappedExceptions implements ExceptionMapper<Throwable> {
  static final String BODY = "Internal Server Error";
  private static final System.Logger LOG = System.getLogger(UnmappedExceptions.class.getName());

  /** The entity of such a 500 until {@link RequestRecorder} has seen it. */
  record Unmapped(Throwable cause) {}

  @Override
  public Response toResponse(Throwable exception) {
    if (exception instanceof WebApplicationException web) {
      return web.getResponse();
    }
    LOG.log(System.Logger.Level.ERROR, "resource method failed", exception);
    return Response.status(500).entity(new Unmapped(exception)).type(MediaType.TEXT_PLAIN).build();
  }

  /** Writes {@link Unmapped} as the fixed body, should a response reach the client unrecorded. */
  @Produces(MediaType.WILDCARD)
  static final class BodyWriter implements MessageBodyWriter<Unmapped> {
    @Override
    public boolean isWriteable(
        Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
      return type == Unmapped.class;
    }

    @Override
    public void writeTo(
        Unmapped unmapped,
        Class<?> type,
        Type genericType,
        Annotation[] annotations,
        MediaType mediaType,
        MultivaluedMap<String, Object> headers,
        OutputStream out)
        throws java.io.IOException {
      out.write(BODY.getBytes(StandardCharsets.UTF_8));
    }
  }
}
