"""Shared pytest configuration and fixtures."""
from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

import pytest


def pytest_configure(config: pytest.Config) -> None:
    """Register the markers the test modules use, so ``-m`` can select them."""
    config.addinivalue_line(
        'markers', 'precommit: runs the real pre-commit (needs PyPI to build the hook env)',
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty git repository that is the current directory."""
    for key in ('GIT_DIR', 'GIT_INDEX_FILE', 'GIT_WORK_TREE'):
        monkeypatch.delenv(key, raising=False)
    subprocess.run(('git', 'init', '-q', str(tmp_path)), check=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def put(root: Path, files: dict[str, str]) -> None:
    """Write dedented ``files`` (relative path -> text) below ``root``."""
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
