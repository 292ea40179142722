"""The flake8 plugin: the real flake8 reports the same findings as check-llm-calls."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from conftest import put

pytest.importorskip('flake8', reason="flake8 is in the test extras: pip install -e '.[test]'")

CALLS = '''\
import litellm
from openai import OpenAI

client = OpenAI()


def ask(messages):
    return litellm.completion(model="gpt-4o", messages=messages)


def chat(messages):
    return client.chat.completions.create(model="gpt-4o", messages=messages)


def accepted(messages):
    return litellm.completion(model="m", messages=messages)  # noqa: LLM001


def reasoned(messages):
    return litellm.completion(model="m", messages=messages)  # llm-usage: ignore[LLM001] eval job


x = 1  # noqa: LLM002
'''
PROJECT = {
    'pyproject.toml': (
        '[tool.check-llm-usage]\n'
        'use-instead = "app.llm.gateway.chat()"\n'
        'extend-exclude = ["legacy/"]\n'
        '[tool.check-llm-usage.per-file-ignores]\n'
        '"app/admin/" = ["openai"]\n'
    ),
    'app/chat.py': CALLS,
    'app/admin/panel.py': CALLS,
    'app/broken.py': 'import litellm; litellm.completion\ndef f(:\n',
    'tests/test_chat.py': CALLS,
    'legacy/old.py': CALLS,
    'app/clean.py': 'print("hi")\n',
}


def run(*command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, 'PYTHONDONTWRITEBYTECODE': '1'}
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, env=env)


def test_the_plugin_is_registered() -> None:
    every = metadata.entry_points()
    # Python 3.9 returns a dict of groups; select() exists from 3.10
    group = every.select(group='flake8.extension') if hasattr(every, 'select') else every.get('flake8.extension', ())
    # an editable install on 3.9 can list its entry points twice
    registered = {e.value for e in group if e.name == 'LLM'}
    assert registered == {'check_llm_usage.flake8_plugin:Plugin'}, (
        "reinstall (pip install -e '.[test]'): entry points are registered at install"
    )


def test_flake8_reports_what_check_llm_calls_reports(tmp_path: Path) -> None:
    put(tmp_path, PROJECT)
    # a PEP 263 file: flake8 hands the plugin decoded lines, columns still count characters
    (tmp_path / 'app' / 'latin.py').write_bytes(
        '# -*- coding: latin-1 -*-\nimport litellm\ns = "é"; r = litellm.completion(model="m")\n'.encode('latin-1'),
    )
    ours = run(sys.executable, '-m', 'check_llm_usage', '--quiet', '.', cwd=tmp_path)
    flake8 = run(sys.executable, '-m', 'flake8', '--select', 'LLM', '.', cwd=tmp_path)
    assert (ours.returncode, ours.stderr, flake8.returncode, flake8.stderr) == (1, '', 1, '')
    # flake8 runs no plugin on a file it cannot parse: its own E999 says so, not LLM900
    unparsable = './app/broken.py:2:7: LLM900 file not checked: syntax error: invalid syntax'
    assert sorted(flake8.stdout.splitlines()) == sorted(set(ours.stdout.splitlines()) - {unparsable}) == [
        './app/admin/panel.py:23:8: LLM902 unused suppression: no LLM002 is reported on these lines; remove it',
        './app/admin/panel.py:8:12: LLM001 direct litellm.completion() call bypasses LLM usage tracking',
        './app/chat.py:12:12: LLM002 direct client.chat.completions.create() call bypasses LLM usage tracking',
        './app/chat.py:23:8: LLM902 unused suppression: no LLM002 is reported on these lines; remove it',
        './app/chat.py:8:12: LLM001 direct litellm.completion() call bypasses LLM usage tracking',
        './app/latin.py:3:14: LLM001 direct litellm.completion() call bypasses LLM usage tracking',
    ]
    assert unparsable in ours.stdout.splitlines()
    broken = run(sys.executable, '-m', 'flake8', '--select', 'LLM,E999', 'app/broken.py', cwd=tmp_path)
    # the column of flake8's E999 differs between Pythons
    assert re.fullmatch(r'app/broken\.py:2:\d+: E999 SyntaxError: invalid syntax\n', broken.stdout)


def test_flake8_on_one_file_and_on_stdin(tmp_path: Path) -> None:
    put(tmp_path, PROJECT)
    one = run(sys.executable, '-m', 'flake8', '--select', 'LLM', 'app/chat.py', cwd=tmp_path)
    assert one.stdout.splitlines()[0] == (
        'app/chat.py:8:12: LLM001 direct litellm.completion() call bypasses LLM usage tracking'
    )
    env = {**os.environ, 'PYTHONDONTWRITEBYTECODE': '1'}
    stdin = subprocess.run(
        (sys.executable, '-m', 'flake8', '--select', 'LLM', '--stdin-display-name', 'app/admin/panel.py', '-'),
        cwd=tmp_path, input=CALLS, capture_output=True, text=True, env=env,
    )
    assert stdin.stdout.splitlines() == [
        'app/admin/panel.py:8:12: LLM001 direct litellm.completion() call bypasses LLM usage tracking',
        'app/admin/panel.py:23:8: LLM902 unused suppression: no LLM002 is reported on these lines; remove it',
    ]


def test_a_config_error_is_one_finding(tmp_path: Path) -> None:
    put(tmp_path, {'pyproject.toml': '[tool.check-llm-usage]\nselect = "LLM001"\n', 'a.py': 'x = 1\n'})
    result = run(sys.executable, '-m', 'flake8', '--select', 'LLM', 'a.py', cwd=tmp_path)
    assert result.stdout == (
        "a.py:1:1: LLM900 file not checked: pyproject.toml: [tool.check-llm-usage] 'select' must be "
        'a list of strings, not a string\n'
    )
