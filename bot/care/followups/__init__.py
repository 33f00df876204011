"""Follow-ups: scheduled, delivered exactly once, never dropped; the person's controls."""
