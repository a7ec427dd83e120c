package io.promwire.it;

import io.promwire.runtime.Promwire;

/** {@link NamingHttpContract} on Jetty 12 through the servlet adapter. */
class NamingJettyTest extends NamingHttpContract {
  @Override
  RunningApp serve(Promwire wired) {
    return JettyApp.serve(wired);
  }
}
