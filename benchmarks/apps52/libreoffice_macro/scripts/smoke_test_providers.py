#!/usr/bin/env python3
"""Send one tiny prompt to each configured provider (run before a release)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "Scripts", "python", "pythonpath"))

from writerai.config import load_settings  # noqa: E402
from writerai.providers import BACKENDS  # noqa: E402


def main():
    settings = load_settings()
    failures = 0
    for name, cls in BACKENDS.items():
        try:
            backend = cls(settings)
            print(f"{name:10s} {backend.complete('Reply with OK.', 'ping', max_tokens=5)!r}")
        except Exception as exc:
            failures += 1
            print(f"{name:10s} FAILED: {exc}")
    return failures


if __name__ == "__main__":
    sys.exit(main())
