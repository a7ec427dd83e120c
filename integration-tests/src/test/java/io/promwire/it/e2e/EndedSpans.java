package io.promwire.it.e2e;

import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where the tests' tracer sends its spans, as an app's SDK would to an exporter: it keeps the
 * trace and span id of each ended span. (An SDK without any span processor makes no spans.)
 */
final class EndedSpans implements SpanProcessor {
  private final List<String> spanIds = new CopyOnWriteArrayList<>();

  /** A tracer provider that samples every span and hands them to a new {@link EndedSpans}. */
  static SdkTracerProvider tracing(EndedSpans spans) {
    return SdkTracerProvider.builder()
        .setSampler(Sampler.alwaysOn())
        .addSpanProcessor(spans)
        .build();
  }

  /** The ids of the spans ended so far, as {@code traceId/spanId}. */
  List<String> ids() {
    return List.copyOf(spanIds);
  }

  @Override
  public void onStart(Context parentContext, ReadWriteSpan span) {}

  @Override
  public boolean isStartRequired() {
    return false;
  }

  @Override
  public void onEnd(ReadableSpan span) {
    spanIds.add(span.getSpanContext().getTraceId() + "/" + span.getSpanContext().getSpanId());
  }

  @Override
  public boolean isEndRequired() {
    return true;
  }
}
