package io.promwire.it;

import io.promwire.runtime.Promwire;

/** {@link NamingHttpContract} on promwire's embedded JDK server. */
class NamingHttpTest extends NamingHttpContract {
  @Override
  RunningApp serve(Promwire wired) {
    return JdkServerApp.serve(wired);
  }
}
