package io.promwire.processor.model;

/** A name given in an annotation ({@code @PathParam("id")}) and where it was written. */
public record Named(String value, Site site) {}
