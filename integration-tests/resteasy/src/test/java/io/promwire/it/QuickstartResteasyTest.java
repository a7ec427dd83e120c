package io.promwire.it;

import io.promwire.runtime.Promwire;

/**
 * {@link QuickstartHttpContract} on RESTEasy 7: the quickstart written as Jakarta REST resources,
 * measured by promwire-jaxrs, with the same series assertions as on promwire's own servers.
 */
class QuickstartResteasyTest extends QuickstartHttpContract {
  @Override
  Promwire wire() {
    return JaxrsQuickstart.wire();
  }

  /** RESTEasy answers HEAD and OPTIONS itself and lists both. */
  @Override
  String allowOfAGetRoute() {
    return "HEAD, GET, OPTIONS";
  }

  @Override
  RunningApp serve(Promwire wired) {
    return ResteasyApp.serve(wired);
  }
}
