/**
 * promwire on a Jakarta REST 4 implementation (Jersey, RESTEasy): register {@link
 * io.promwire.jaxrs.PromwireFeature} in the application to record the default HTTP metrics of every
 * request, the metrics of annotated resource methods, and to serve the metrics endpoint.
 */
package io.promwire.jaxrs;
