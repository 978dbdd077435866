"""Belimumab Companion: a daily companion for people with lupus on belimumab."""

__version__ = "0.1.0"
APP_NAME = "Belimumab Companion"
APP_ID = "io.github.belimumab_companion.BelimumabCompanion"
