/**
 * promwire's user API: build an app ({@link io.promwire.runtime.Promwire}), set its options
 * ({@link io.promwire.runtime.PromwireOptions}, {@link io.promwire.runtime.DefaultNaming}), read
 * requests and answer them ({@link io.promwire.runtime.Request}, {@link
 * io.promwire.runtime.Response}, {@link io.promwire.runtime.HttpStatusException}), compute
 * labels ({@link io.promwire.runtime.LabelResolver}, {@link io.promwire.runtime.GroupBy}), protect
 * the metrics endpoint ({@link io.promwire.runtime.MetricsAuth}) and describe metrics registered
 * at run time ({@link io.promwire.runtime.MetricDefinition}, {@link
 * io.promwire.runtime.LabelDefinition}).
 *
 * <p>For users. Its public types follow semantic versioning. The JDK server is in {@code
 * io.promwire.runtime.jdk}; what server adapters use is in {@code io.promwire.runtime.adapter};
 * what generated code calls is in {@code io.promwire.runtime.internal}, which promises nothing.
 */
package io.promwire.runtime;
