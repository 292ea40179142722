"""User-facing writing features. Each module is UI-agnostic and runs in a worker thread."""
