"""Shared pytest configuration and fixtures."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
TAG = 'v0.1.0'
PRE_COMMIT = (sys.executable, '-m', 'pre_commit')


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


def run(cmd: tuple[str, ...], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a command; stdout and stderr together, as a user sees them."""
    return subprocess.run(
        cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def git(repo: Path, env: dict[str, str], *args: str) -> str:
    """Run git in ``repo``, which must succeed; its output."""
    result = run(('git', *args), repo, env)
    assert result.returncode == 0, result.stdout
    return result.stdout


def write(path: Path, text: str, mode: int = 0o644) -> None:
    """Write a file (and its directories) with the given permission bits."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(mode)


@pytest.fixture(scope='session')
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment isolated from the outer repository and the user's git config."""
    # GIT_DIR, GIT_INDEX_FILE, ... (set when pytest runs inside a git hook) would point at the
    # outer repo; SKIP and PRE_COMMIT_* would change what pre-commit runs
    inherited = {
        key: value for key, value in os.environ.items()
        if not key.startswith(('GIT_', 'PRE_COMMIT')) and key != 'SKIP'
    }
    return {
        **inherited,
        'GIT_AUTHOR_NAME': 'Test Author',
        'GIT_AUTHOR_EMAIL': 'author@example.com',
        'GIT_COMMITTER_NAME': 'Test Committer',
        'GIT_COMMITTER_EMAIL': 'committer@example.com',
        # a global core.hooksPath or commit.gpgsign would break install or commit
        'GIT_CONFIG_GLOBAL': os.devnull,
        'GIT_CONFIG_NOSYSTEM': '1',
        # one store for the session: the hook's virtualenv is built once
        'PRE_COMMIT_HOME': str(tmp_path_factory.mktemp('pre-commit-home')),
        'PRE_COMMIT_COLOR': 'never',
    }


@pytest.fixture(scope='session')
def hook_repo(tmp_path_factory: pytest.TempPathFactory, env: dict[str, str]) -> Path:
    """A git repo of this project's working tree (uncommitted changes included), tagged TAG."""
    listed = subprocess.run(
        ('git', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'),
        cwd=PROJECT, stdout=subprocess.PIPE, check=True,
    ).stdout.decode()
    repo = tmp_path_factory.mktemp('check-llm-usage')
    for name in filter(None, listed.split('\0')):
        source = PROJECT / name
        if not os.path.lexists(source):  # deleted in the working tree, still in the index
            continue
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, repo / name, follow_symlinks=False)
    git(repo, env, 'init', '-q')
    git(repo, env, 'add', '--all')
    git(repo, env, 'commit', '-q', '-m', 'check-llm-usage under test')
    git(repo, env, 'tag', TAG)
    return repo


@pytest.fixture
def consumer(tmp_path: Path, env: dict[str, str], hook_repo: Path) -> Callable[..., Path]:
    """Make a git repo whose committed .pre-commit-config.yaml pins hook_repo at TAG
    (with the hook's ``args:`` if given)."""

    def make(hook_id: str, args: tuple[str, ...] = ()) -> Path:
        repo = tmp_path / 'consumer'
        repo.mkdir()
        git(repo, env, 'init', '-q')
        listed = f'        args: [{", ".join(args)}]\n' if args else ''
        write(
            repo / '.pre-commit-config.yaml',
            f'repos:\n-   repo: {hook_repo}\n    rev: {TAG}\n    hooks:\n    -   id: {hook_id}\n{listed}',
        )
        git(repo, env, 'add', '.pre-commit-config.yaml')
        git(repo, env, 'commit', '-q', '-m', 'pre-commit config')
        return repo

    return make
