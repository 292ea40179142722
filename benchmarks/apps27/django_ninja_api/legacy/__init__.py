"""Pre-Ninja helpers from the original Flask prototype. Do not add to this package."""
