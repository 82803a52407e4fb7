"""Widgets of the panel, one module per section."""
