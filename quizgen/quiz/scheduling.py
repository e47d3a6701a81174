"""Spaced repetition with FSRS: rate an answer, advance its card, and serialise the card state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from fsrs import Card, Rating, Scheduler

# An answer this slow was recalled with effort, which FSRS calls Hard.
SLOW_SECONDS = 20.0

# No fuzz: the same answers give the same schedule (deterministic by default).
_SCHEDULER = Scheduler(enable_fuzzing=False)


@dataclass(frozen=True)
class Review:
    """A card's state after a review: FSRS JSON, when it is next due, and the rating given."""

    card_json: str
    due_at: datetime
    rating: int


def rating_for(correct: bool, *, seconds: float, hinted: bool) -> Rating:
    """Return the FSRS rating: wrong is Again, a slow or hinted right answer Hard, else Good."""
    if not correct:
        return Rating.Again
    if hinted or seconds > SLOW_SECONDS:
        return Rating.Hard
    return Rating.Good


def review(card_json: str | None, rating: Rating, now: datetime, seconds: float) -> Review:
    """Return the card state after rating it at `now` (a new card if `card_json` is None).

    Raises ValueError if `now` is not timezone-aware.
    """
    if now.tzinfo is None:
        raise ValueError("review times must be timezone-aware")
    now = now.astimezone(UTC)
    # The card id is unused by us (rows are keyed by set and question); a fixed one
    # keeps Card() from sleeping a millisecond to make a unique id.
    card = Card.from_json(card_json) if card_json else Card(card_id=1, due=now)
    card, _log = _SCHEDULER.review_card(
        card, rating, review_datetime=now, review_duration=int(seconds * 1000)
    )
    return Review(card.to_json(), card.due, int(rating))


def due_at(card_json: str) -> datetime:
    """Return when a stored card is next due."""
    return Card.from_json(card_json).due


def now_utc() -> datetime:
    """Return the current time, timezone-aware (what FSRS requires)."""
    return datetime.now(UTC)
