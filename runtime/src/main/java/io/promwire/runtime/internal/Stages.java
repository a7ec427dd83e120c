package io.promwire.runtime.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;

/**
 * The stages a decorator hands back for methods that answer later: each completes as the method's
 * own did, once the metrics of the call are recorded, so that a caller that joins it sees them.
 */
public final class Stages {
  private Stages() {}

  /**
   * {@code stage}, completing after {@code ended} has recorded how it completed.
   *
   * @return a stage completing as {@code stage} does; {@code null}, with the call recorded as
   *     ended, when the method returned {@code null}
   */
  public static <T> CompletableFuture<T> recorded(
      CompletableFuture<T> stage, BiConsumer<? super T, ? super Throwable> ended) {
    if (stage == null) {
      ended.accept(null, null);
      return null;
    }
    return stage.whenComplete(ended);
  }

  /** As {@link #recorded(CompletableFuture, BiConsumer)}, for a {@code CompletionStage}. */
  public static <T> CompletionStage<T> recorded(
      CompletionStage<T> stage, BiConsumer<? super T, ? super Throwable> ended) {
    if (stage == null) {
      ended.accept(null, null);
      return null;
    }
    return stage.whenComplete(ended);
  }
}
