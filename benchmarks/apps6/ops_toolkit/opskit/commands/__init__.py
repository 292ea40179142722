"""Click command groups; each module exposes ``group``."""
