"""What every part runs on: configuration, sealing at rest, logs, metrics, health, media."""
