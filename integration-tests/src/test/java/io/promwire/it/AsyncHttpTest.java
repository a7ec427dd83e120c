package io.promwire.it;

import io.promwire.runtime.Promwire;

/** {@link AsyncHttpContract} on promwire's embedded JDK server. */
class AsyncHttpTest extends AsyncHttpContract {
  @Override
  RunningApp serve(Promwire wired) {
    return JdkServerApp.serve(wired);
  }

  @Override
  RunningApp serveOnThreads(Promwire wired, int threads) {
    return JdkServerApp.serveOnThreads(wired, threads);
  }
}
