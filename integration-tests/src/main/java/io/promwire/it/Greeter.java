package io.promwire.it;

/** A service interface that a handler implements; the decorator implements it too. */
public interface Greeter {
  String greet(String name);

  String farewell(String name);

  default String shout(String name) {
    return greet(name).toUpperCase(java.util.Locale.ROOT);
  }
}
