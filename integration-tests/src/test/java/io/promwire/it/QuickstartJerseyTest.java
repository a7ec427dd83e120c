package io.promwire.it;

import io.promwire.runtime.Promwire;

/**
 * {@link QuickstartHttpContract} on Jersey 4: the quickstart written as Jakarta REST resources,
 * measured by promwire-jaxrs, with the same assertions as on promwire's own servers.
 */
class QuickstartJerseyTest extends QuickstartHttpContract {
  @Override
  Promwire wire() {
    return JaxrsQuickstart.wire();
  }

  /** Jersey answers OPTIONS itself and lists it; HEAD it serves without naming it. */
  @Override
  String allowOfAGetRoute() {
    return "GET,OPTIONS";
  }

  @Override
  RunningApp serve(Promwire wired) {
    return JerseyApp.serve(wired);
  }
}
