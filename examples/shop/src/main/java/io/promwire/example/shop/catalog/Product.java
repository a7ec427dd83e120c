package io.promwire.example.shop.catalog;

/** One product the shop sells; prices in cents, so that no rounding is involved. */
public record Product(String id, String name, long priceCents) {
  /** {@code id name price}, the way the routes answer with it. */
  public String describe() {
    return id + " " + name + " " + priceCents / 100 + "." + String.format("%02d", priceCents % 100);
  }
}
