"""Desk, a desktop newsroom."""

__version__ = "0.1.0"
