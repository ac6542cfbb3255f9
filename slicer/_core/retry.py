"""Retry policy for idempotent requests: which attempts, and how long to wait between them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["RetryPolicy", "DEFAULT_RETRY"]


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff for connection errors on idempotent calls (GET and HEAD).

    Attributes:
        attempts: total tries, the first one included (1 disables retries).
        initial_delay: seconds before the second try.
        factor: growth of the delay after each try.
        max_delay: upper bound of one delay, in seconds.
    """

    attempts: int = 3
    initial_delay: float = 0.1
    factor: float = 3.0
    max_delay: float = 2.0

    def delays(self) -> Iterator[float]:
        """Yield the wait before each retry; there are ``attempts - 1`` of them."""
        delay = self.initial_delay
        for _ in range(max(self.attempts - 1, 0)):
            yield min(delay, self.max_delay)
            delay *= self.factor


DEFAULT_RETRY = RetryPolicy()
