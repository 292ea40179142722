"""Nothing we run writes into the user's repository, and the checked code is never run."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
# top-level code that would leave a mark if anything imported or executed it
EXECUTES = (
    "import openai\nopen('EXECUTED', 'w').write('imported')\n"
    "openai.chat.completions.create(model='m')\n"
)


def snapshot(root: Path) -> dict[str, int]:
    """Every file and directory below ``root`` with its mtime."""
    tree = {}
    for directory, dirs, files in os.walk(root):
        for name in [*dirs, *files]:
            path = os.path.join(directory, name)
            relative = os.path.relpath(path, root)
            tree[relative] = os.lstat(path).st_mtime_ns
    return tree


def git(root: Path, *args: str) -> str:
    return subprocess.run(('git', *args), cwd=root, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    git(tmp_path, 'init', '-q')
    (tmp_path / 'app').mkdir()
    (tmp_path / 'app' / '__init__.py').write_text('')
    (tmp_path / 'app' / 'chat.py').write_text(EXECUTES)
    (tmp_path / 'app' / 'util.py').write_text('from app.chat import *\nimport litellm\nlitellm.completion(model="m")\n')
    (tmp_path / 'run.py').write_text('#!/usr/bin/env python3\n' + EXECUTES)
    (tmp_path / 'run.py').chmod(0o755)
    (tmp_path / 'broken.py').write_text('import openai\ndef f(:\n')
    (tmp_path / '.gitignore').write_text('ignored/\n')
    (tmp_path / 'ignored').mkdir()
    (tmp_path / 'ignored' / 'x.py').write_text(EXECUTES)
    git(tmp_path, 'add', '-A')
    git(tmp_path, '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init')
    (tmp_path / 'untracked.py').write_text(EXECUTES)
    return tmp_path


COMMANDS = [
    pytest.param((str(BIN / 'check-llm-calls'),), id='check-llm-calls'),
    pytest.param((str(BIN / 'check-llm-usage'),), id='check-llm-usage'),
    pytest.param((sys.executable, '-m', 'check_llm_usage'), id='python-m-checker'),
    pytest.param((sys.executable, '-m', 'check_llm_usage.hook'), id='python-m-hook'),
]


@pytest.mark.parametrize('command', COMMANDS)
@pytest.mark.parametrize('arguments', [
    pytest.param((), id='git-files'),
    pytest.param(('.',), id='walk'),
    pytest.param(('app/chat.py', 'app/util.py', 'run.py', 'broken.py', 'untracked.py', 'ignored/x.py'), id='files'),
    pytest.param(('--format', 'json', 'app'), id='json'),
])
def test_nothing_written_nothing_executed(repo: Path, command: tuple[str, ...], arguments: tuple[str, ...]) -> None:
    status, tree = git(repo, 'status', '--porcelain', '--ignored'), snapshot(repo)
    env = {k: v for k, v in os.environ.items() if k not in ('PYTHONDONTWRITEBYTECODE', 'PYTHONPYCACHEPREFIX')}
    result = subprocess.run((*command, *arguments), cwd=repo, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode in (0, 1) and result.stderr == ''
    assert 'LLM002' in result.stdout  # the files were really checked
    assert snapshot(repo) == tree  # taken before ``git status``, which may refresh .git/index
    assert git(repo, 'status', '--porcelain', '--ignored') == status
    assert not (repo / 'EXECUTED').exists()
