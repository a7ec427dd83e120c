package io.promwire.it;

import io.promwire.runtime.Promwire;

/** {@link OptionsHttpContract} on Jetty 12 through the servlet adapter. */
class OptionsJettyTest extends OptionsHttpContract {
  @Override
  RunningApp serve(Promwire wired) {
    return JettyApp.serve(wired);
  }
}
