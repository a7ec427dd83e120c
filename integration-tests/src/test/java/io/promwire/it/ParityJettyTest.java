package io.promwire.it;

import io.promwire.runtime.Promwire;

/** {@link ParityHttpContract} on Jetty 12 through the servlet adapter. */
class ParityJettyTest extends ParityHttpContract {
  @Override
  RunningApp serve(Promwire wired) {
    return JettyApp.serve(wired);
  }
}
