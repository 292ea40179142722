"""Driven adapters (one module per vendor / piece of infrastructure)."""
