package io.promwire.processor;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which other declaration a conflict message at one declaration names. Conflicts are checked again
 * whenever a processing round brings new handlers; a conflict is reported only when it involves a
 * handler new in this round, so that no message is printed twice across rounds.
 */
final class Counterparts {
  private Counterparts() {}

  /**
   * The declaration to name in the message at {@code self}: the first conflicting one when
   * {@code self} is new, else the first new one; empty when the conflict was reported before.
   */
  static <T> Optional<T> toName(T self, List<T> conflicting, Predicate<T> isNew) {
    return isNew.test(self)
        ? conflicting.stream().findFirst()
        : conflicting.stream().filter(isNew).findFirst();
  }
}
