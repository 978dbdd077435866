"""The window's text."""
