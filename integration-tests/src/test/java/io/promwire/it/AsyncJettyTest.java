package io.promwire.it;

import io.promwire.runtime.Promwire;

/** {@link AsyncHttpContract} on Jetty 12 through the servlet adapter, with {@code AsyncContext}. */
class AsyncJettyTest extends AsyncHttpContract {
  @Override
  RunningApp serve(Promwire wired) {
    return JettyApp.serve(wired);
  }

  @Override
  RunningApp serveOnThreads(Promwire wired, int threads) {
    return JettyApp.serveOnThreads(wired, threads);
  }
}
