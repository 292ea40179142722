"""Shared pytest configuration."""
from __future__ import annotations

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers the test modules use, so ``-m`` can select them."""
    config.addinivalue_line(
        'markers', 'precommit: runs the real pre-commit (needs PyPI to build the hook env)',
    )
