package io.promwire.it;

import io.promwire.runtime.Promwire;

/** {@link QuickstartHttpContract} on Jetty 12 through the servlet adapter. */
class QuickstartJettyTest extends QuickstartHttpContract {
  @Override
  RunningApp serve(Promwire wired) {
    return JettyApp.serve(wired);
  }
}
