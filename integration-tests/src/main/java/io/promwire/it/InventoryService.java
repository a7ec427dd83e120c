package io.promwire.it;

import io.promwire.annotations.Counted;
import io.promwire.annotations.Gauge;
import io.promwire.annotations.Histogram;
import io.promwire.annotations.Label;
import io.promwire.annotations.LabelSource;
import io.promwire.annotations.Summary;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain service with metrics but no routes, and no no-argument constructor: the bootstrap needs
 * the instance from the user.
 */
public class InventoryService {
  private final AtomicInteger stock;

  public InventoryService(int initialStock) {
    this.stock = new AtomicInteger(initialStock);
  }

  @Counted(
      name = "inventory_reservations",
      help = "Reservation attempts by outcome",
      labels = @Label(name = "exception", from = LabelSource.EXCEPTION))
  @Histogram(name = "inventory_reservation_seconds", help = "Reservation latency")
  @Gauge(name = "inventory_reservations_in_progress", help = "Reservations running now")
  public int reserve(int amount) {
    if (amount <= 0) {
      throw new IllegalArgumentException("amount must be positive");
    }
    int left = stock.addAndGet(-amount);
    if (left < 0) {
      stock.addAndGet(amount);
      throw new IllegalStateException("out of stock");
    }
    return left;
  }

  @Summary(
      name = "inventory_audit_seconds",
      help = "Audit latency",
      labels = @Label(name = "scope", value = "stock"),
      initialValue = false)
  @Counted(
      name = "inventory_audits",
      help = "Audits",
      labels = @Label(name = "kind", value = "full"))
  public int audit() {
    return stock.get();
  }
}
