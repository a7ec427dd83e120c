package io.promwire.it;

import io.promwire.annotations.Counted;
import io.promwire.annotations.Get;
import io.promwire.annotations.Label;

/** A handler that implements an interface, so that its decorator drops in where it is used. */
public class GreetingRoutes implements Greeter {
  @Override
  @Get("/greet/{name}")
  @Counted(
      name = "greetings",
      help = "Greetings by name",
      labels = @Label(name = "name", pathParam = "name"))
  public String greet(String name) {
    return "Hello, " + name + "!";
  }

  @Override
  public String farewell(String name) {
    return "Goodbye, " + name + ".";
  }
}
