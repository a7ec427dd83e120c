package io.promwire.it;

import io.promwire.runtime.Promwire;

/** {@link ParityHttpContract} on promwire's embedded JDK server. */
class ParityHttpTest extends ParityHttpContract {
  @Override
  RunningApp serve(Promwire wired) {
    return JdkServerApp.serve(wired);
  }
}
