package io.promwire.it;

import io.promwire.runtime.LabelResolver;
import io.promwire.runtime.Request;
import io.promwire.runtime.Response;

/** Labels a call with the kind of client, from its User-Agent. */
public class ClientResolver implements LabelResolver {
  @Override
  public String resolve(Request request, Response response, Throwable error) {
    if (request == null) {
      return "direct";
    }
    String agent = request.header("User-Agent");
    return agent != null && agent.startsWith("curl/") ? "curl" : "other";
  }
}
