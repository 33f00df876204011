"""Guided conversations: the flow format, its messages, the pure engine and the admin tools."""
