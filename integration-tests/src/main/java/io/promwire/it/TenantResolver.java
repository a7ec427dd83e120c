package io.promwire.it;

import io.promwire.runtime.Request;
import io.promwire.runtime.RequestLabelResolver;

/** The tenant a request names in {@code X-Tenant}: known before the call, so gauges may use it. */
public class TenantResolver implements RequestLabelResolver {
  @Override
  public String resolve(Request request) {
    return request == null ? null : request.header("X-Tenant");
  }
}
