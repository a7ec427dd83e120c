package io.promwire.it;

import io.promwire.annotations.Counted;
import io.promwire.annotations.Gauge;
import io.promwire.annotations.Get;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.Post;
import io.promwire.runtime.HttpStatusException;
import io.promwire.runtime.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Routes that answer later, each completing its stage on another thread as an asynchronous client
 * or a thread pool would: normally, exceptionally, cancelled, never, or when {@code
 * POST /async/release} opens the gate that the held ones wait for.
 */
public class AsyncRoutes {
  private static final Executor SOON = CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS);

  private final AtomicReference<CompletableFuture<String>> gate =
      new AtomicReference<>(new CompletableFuture<>());

  @Get("/async/{outcome}")
  @Counted(
      name = "async_calls",
      help = "Calls that answer later, by status and exception",
      labels = {
        @Label(name = "status", from = LabelSource.STATUS),
        @Label(name = "exception", from = LabelSource.EXCEPTION)
      })
  @Histogram(name = "async_call_seconds", help = "How long calls that answer later took")
  public CompletableFuture<String> outcome(String outcome) {
    CompletableFuture<String> stage = new CompletableFuture<>();
    SOON.execute(
        () -> {
          switch (outcome) {
            case "fail" -> stage.completeExceptionally(new IllegalStateException("broken"));
            case "missing" -> stage.completeExceptionally(new HttpStatusException(404, "none"));
            case "cancel" -> stage.cancel(false);
            case "never" -> {
              // Left pending: the app's async timeout answers.
            }
            default -> stage.complete(outcome);
          }
        });
    return stage;
  }

  @Get("/async/created/{name}")
  public CompletionStage<Response> created(String name) {
    return CompletableFuture.supplyAsync(() -> Response.status(201).text(name), SOON);
  }

  @Post("/async-void")
  public CompletableFuture<Void> nothing() {
    return CompletableFuture.runAsync(() -> {}, SOON);
  }

  @Get("/held")
  @Gauge(name = "async_held", help = "Requests waiting for the gate")
  public CompletionStage<String> held() {
    return gate.get();
  }

  @Post("/held/release")
  public String release() {
    CompletableFuture<String> opened = gate.getAndSet(new CompletableFuture<>());
    opened.complete("released");
    return "ok";
  }

  /** Not a route: a decorated call that answers later. */
  @Counted(
      name = "async_quotes",
      help = "Quotes by exception",
      labels = @Label(name = "exception", from = LabelSource.EXCEPTION))
  @Gauge(name = "async_quotes_in_progress", help = "Quotes in progress")
  public CompletableFuture<Integer> quote(String region) {
    return CompletableFuture.supplyAsync(
        () -> {
          if (region.isEmpty()) {
            throw new IllegalArgumentException("no region");
          }
          return region.length();
        },
        SOON);
  }
}
