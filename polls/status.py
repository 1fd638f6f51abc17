"""Where a poll is in its life: before, during or after its voting time."""

UPCOMING, OPEN, CLOSED = "upcoming", "open", "closed"
