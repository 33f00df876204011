"""Mentors: escalations become cases that people in one private, encrypted room work together."""
