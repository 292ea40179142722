"""The hook manifest (.pre-commit-hooks.yaml) against pyproject.toml and the real pre-commit."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

if sys.version_info >= (3, 11):
    import tomllib
else:
    import tomli as tomllib

PROJECT = Path(__file__).resolve().parent.parent
MANIFEST = PROJECT / '.pre-commit-hooks.yaml'


@pytest.fixture(scope='module')
def hooks() -> dict[str, dict[str, Any]]:
    """The manifest's hooks by id."""
    return {hook['id']: hook for hook in yaml.safe_load(MANIFEST.read_text())}


@pytest.fixture(scope='module')
def scripts() -> dict[str, str]:
    """What each command pyproject.toml installs runs: console scripts and plain script files."""
    config = tomllib.loads((PROJECT / 'pyproject.toml').read_text())
    found = dict(config['project']['scripts'])
    for path in config['tool']['setuptools'].get('script-files', ()):
        found[path.rpartition('/')[2]] = path
    return found


def test_hook_ids(hooks: dict[str, dict[str, Any]]) -> None:
    assert list(hooks) == ['check-llm-usage', 'check-llm-usage-strict']


@pytest.mark.parametrize(
    ('hook_id', 'entry', 'verbose'),
    [
        pytest.param('check-llm-usage', 'check-llm-usage', True, id='warn-only'),
        pytest.param('check-llm-usage-strict', 'check-llm-calls', False, id='strict'),
    ],
)
def test_hook(
    hooks: dict[str, dict[str, Any]], scripts: dict[str, str],
    hook_id: str, entry: str, verbose: bool,
) -> None:
    hook = hooks[hook_id]
    assert hook['entry'] == entry
    assert entry in scripts
    assert hook['language'] == 'python'
    assert hook['types'] == ['python']
    assert hook['stages'] == ['pre-commit', 'pre-push', 'manual']
    assert hook['require_serial'] is True
    # the stage names above were introduced in pre-commit 3.2.0
    assert hook['minimum_pre_commit_version'] == '3.2.0'
    assert hook.get('verbose', False) is verbose


def test_installed_commands(scripts: dict[str, str]) -> None:
    assert scripts == {
        'check-llm-calls': 'check_llm_usage.cli:script',
        'check-llm-usage': 'bin/check-llm-usage',
    }


def test_hook_script_runs_the_hook() -> None:
    lines = (PROJECT / 'bin' / 'check-llm-usage').read_text().splitlines()
    # pip rewrites ``#!python`` to the environment's interpreter
    assert lines[0] == '#!python'
    assert [line.strip() for line in lines if not line.startswith('#') and line][:2] == [
        'try:', 'from check_llm_usage.hook import run',
    ]
    assert lines[-1] == 'run()'


def test_hook_script_passes_when_the_package_cannot_load(tmp_path: Path) -> None:
    # a package that fails to import (a broken install, a Python it does not support yet)
    broken = tmp_path / 'check_llm_usage'
    broken.mkdir()
    (broken / '__init__.py').write_text('raise ImportError("no module named\\n_ctypes")\n')
    result = subprocess.run(
        (sys.executable, str(PROJECT / 'bin' / 'check-llm-usage'), 'app.py'),
        capture_output=True, text=True, env={**os.environ, 'PYTHONPATH': str(tmp_path)}, cwd=tmp_path,
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0, 'check-llm-usage: cannot start: ImportError: no module named _ctypes (this check never blocks commits)\n', '',
    )


@pytest.mark.precommit
def test_pre_commit_validates_the_manifest() -> None:
    result = subprocess.run(
        (sys.executable, '-m', 'pre_commit', 'validate-manifest', str(MANIFEST)),
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert result.returncode == 0, result.stdout
    assert result.stdout == ''
