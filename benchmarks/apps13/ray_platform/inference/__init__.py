"""Vendor access for the inference platform."""
