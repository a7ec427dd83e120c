package com.example.shop;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;

/** A generic interface with a default method and a generic method. */
public interface CatalogApi<T> {
  T find(String id);

  List<T> all();

  default int count() {
    return all().size();
  }

  <R> R transform(Function<? super List<T>, R> function) throws IOException;
}
