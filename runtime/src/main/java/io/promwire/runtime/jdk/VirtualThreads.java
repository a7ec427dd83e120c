package io.promwire.runtime.jdk;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * JDK 21's virtual threads, looked up at run time: the runtime is compiled for Java 17, where they
 * do not exist.
 */
final class VirtualThreads {
  private VirtualThreads() {}

  /** {@code Executors.newVirtualThreadPerTaskExecutor()}, or {@code null} on a JDK without it. */
  static ExecutorService perTaskExecutor() {
    MethodHandle factory;
    try {
      factory =
          MethodHandles.publicLookup()
              .findStatic(
                  Executors.class,
                  "newVirtualThreadPerTaskExecutor",
                  MethodType.methodType(ExecutorService.class));
    } catch (NoSuchMethodException | IllegalAccessException olderJdk) {
      return null;
    }
    try {
      return (ExecutorService) factory.invokeExact();
    } catch (Throwable impossible) {
      throw new IllegalStateException("cannot make a virtual thread executor", impossible);
    }
  }
}
