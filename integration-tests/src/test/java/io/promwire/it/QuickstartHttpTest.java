package io.promwire.it;

import io.promwire.runtime.Promwire;

/** {@link QuickstartHttpContract} on promwire's embedded JDK server. */
class QuickstartHttpTest extends QuickstartHttpContract {
  @Override
  RunningApp serve(Promwire wired) {
    return JdkServerApp.serve(wired);
  }
}
