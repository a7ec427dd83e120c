package io.promwire.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * One value source set on a {@code @Label}. A valid label has exactly one.
 *
 * @param kind which source
 * @param argument the static value, path parameter, query parameter or header name; else empty
 * @param resolver the resolver class of {@link LabelSourceKind#RESOLVER} and {@link
 *     LabelSourceKind#REQUEST_RESOLVER}, else null
 * @param site the attribute that set it
 */
public record LabelSourceModel(
    LabelSourceKind kind, String argument, TypeMirror resolver, Site site) {}
