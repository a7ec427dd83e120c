package io.promwire.it;

import io.promwire.runtime.Promwire;

/** {@link OptionsHttpContract} on promwire's embedded JDK server. */
class OptionsHttpTest extends OptionsHttpContract {
  @Override
  RunningApp serve(Promwire wired) {
    return JdkServerApp.serve(wired);
  }
}
