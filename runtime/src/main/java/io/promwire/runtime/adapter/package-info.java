/**
 * What a server adapter needs to serve a promwire app on a server of its own: the app as served
 * ({@link io.promwire.runtime.adapter.ServedApp}), recording requests something else answered
 * ({@link io.promwire.runtime.adapter.DefaultHttpMetrics}), bounded request body reading and
 * response body writing, and logging clients that went away ({@link
 * io.promwire.runtime.adapter.ClientAborts}).
 *
 * <p>For server adapters: promwire's own (the JDK server, the servlet adapter) and yours. Its
 * public types follow semantic versioning, as the user API does.
 */
package io.promwire.runtime.adapter;
