"""Continuum: an end-to-end-encrypted Matrix bot for guided care conversations."""

__version__ = "0.1.0"
