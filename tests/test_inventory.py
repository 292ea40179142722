"""--inventory: every call site with its status and model, and the coverage summary."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import put

from check_llm_usage import cli

APP = '''\
import litellm
from openai import OpenAI
from app.services.llm_usage_tracker import llm_tracker

client = OpenAI()


async def tracked(messages):
    async with llm_tracker.track_llm_call(provider="openai", model="gpt-4o") as usage_log:
        response = client.chat.completions.create(model="gpt-4o", messages=messages)
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens


def untracked(messages, model):
    litellm.completion(model="gpt-4o-mini", messages=messages)
    return litellm.completion(model=model, messages=messages)


def accepted(messages):
    return client.chat.completions.create(model="gpt-4o", messages=messages)  # llm-usage: ignore eval job
'''


@pytest.fixture
def app(project: Path) -> Path:
    put(project, {'app/chat.py': APP})
    return project


def site(line: int, column: int, code: str, provider: str, endpoint: str, model: str | None, status: str, function: str) -> dict[str, object]:
    return {
        'path': 'app/chat.py', 'line': line, 'column': column, 'code': code, 'provider': provider,
        'endpoint': endpoint, 'model': model, 'status': status, 'function': function,
    }


def test_json(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--inventory', '--format', 'json', 'app']) == 0
    assert json.loads(capsys.readouterr().out) == {
        'sites': [
            site(10, 20, 'LLM002', 'openai', 'client.chat.completions.create', 'gpt-4o', 'tracked', 'tracked'),
            site(16, 5, 'LLM001', 'litellm', 'litellm.completion', 'gpt-4o-mini', 'untracked', 'untracked'),
            site(17, 12, 'LLM001', 'litellm', 'litellm.completion', None, 'untracked', 'untracked'),
            site(21, 12, 'LLM002', 'openai', 'client.chat.completions.create', 'gpt-4o', 'suppressed', 'accepted'),
        ],
        'summary': {
            'tracked': 1, 'total': 4, 'coverage': 0.25,
            'by_provider': {
                'litellm': {'tracked': 0, 'total': 2, 'coverage': 0.0},
                'openai': {'tracked': 1, 'total': 2, 'coverage': 0.5},
            },
            'by_model': {
                '(not a literal)': {'tracked': 0, 'total': 1, 'coverage': 0.0},
                'gpt-4o': {'tracked': 1, 'total': 2, 'coverage': 0.5},
                'gpt-4o-mini': {'tracked': 0, 'total': 1, 'coverage': 0.0},
            },
            'help': 'use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call()',
        },
    }


def test_text(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--inventory', 'app']) == 0
    assert capsys.readouterr().out == (
        'location           status      provider  endpoint                        model\n'
        'app/chat.py:10:20  tracked     openai    client.chat.completions.create  gpt-4o\n'
        'app/chat.py:16:5   untracked   litellm   litellm.completion              gpt-4o-mini\n'
        'app/chat.py:17:12  untracked   litellm   litellm.completion              -\n'
        'app/chat.py:21:12  suppressed  openai    client.chat.completions.create  gpt-4o\n'
        '\n'
        'tracking coverage: 1/4 (25%) call sites tracked\n'
        'by status: 1 tracked, 2 untracked, 1 suppressed, 0 baselined\n'
        'by provider: litellm 0/2 (0%), openai 1/2 (50%)\n'
        'by model: (not a literal) 0/1 (0%), gpt-4o 1/2 (50%), gpt-4o-mini 0/1 (0%)\n'
        'help: use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call()\n'
    )


def test_markdown(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--inventory', '--format', 'markdown', 'app']) == 0
    assert capsys.readouterr().out == (
        '## LLM call inventory\n\n'
        '**Tracking coverage: 1/4 (25%)** of the LLM call sites.\n\n'
        '**Untracked calls:** use `multi_model_service.generate_response()` or wrap the call in '
        '`llm_tracker.track_llm_call()`.\n\n'
        '| provider | tracked | coverage |\n|---|---|---|\n'
        '| `litellm` | 0/2 | 0% |\n| `openai` | 1/2 | 50% |\n\n'
        '| model | tracked | coverage |\n|---|---|---|\n'
        '| `(not a literal)` | 0/1 | 0% |\n| `gpt-4o` | 1/2 | 50% |\n| `gpt-4o-mini` | 0/1 | 0% |\n\n'
        '| location | status | provider | endpoint | model |\n|---|---|---|---|---|\n'
        '| `app/chat.py:10:20` | tracked | openai | `client.chat.completions.create` | `gpt-4o` |\n'
        '| `app/chat.py:16:5` | untracked | litellm | `litellm.completion` | `gpt-4o-mini` |\n'
        '| `app/chat.py:17:12` | untracked | litellm | `litellm.completion` | `-` |\n'
        '| `app/chat.py:21:12` | suppressed | openai | `client.chat.completions.create` | `gpt-4o` |\n'
    )


def test_baselined_sites(app: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--write-baseline', 'baseline.json', 'app']) == 0
    put(app, {'app/chat.py': APP + '\n\ndef new():\n    litellm.completion(model="gpt-4o-mini")\n'})
    capsys.readouterr()
    assert cli.main(['--inventory', '--format', 'json', '--baseline', 'baseline.json', 'app']) == 0
    statuses = [(s['line'], s['status']) for s in json.loads(capsys.readouterr().out)['sites']]
    assert statuses == [(10, 'tracked'), (16, 'baselined'), (17, 'baselined'), (21, 'suppressed'), (25, 'untracked')]


def test_empty_inventory(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'a.py': 'x = 1\n'})
    assert cli.main(['--inventory', 'a.py']) == 0
    assert capsys.readouterr().out.splitlines()[-4:] == [
        'tracking coverage: 0/0 (100%) call sites tracked',
        'by status: 0 tracked, 0 untracked, 0 suppressed, 0 baselined',
        'by provider: -', 'by model: -',
    ]


@pytest.mark.parametrize(
    ('flags', 'error'),
    [
        pytest.param(['--format', 'markdown'], '--format markdown needs --inventory', id='markdown-without-inventory'),
        pytest.param(['--inventory', '--format', 'sarif'], '--inventory prints text, json or markdown, not sarif', id='sarif'),
        pytest.param(['--inventory', '--format', 'github'], '--inventory prints text, json or markdown, not github', id='github'),
    ],
)
def test_format_errors(project: Path, capsys: pytest.CaptureFixture[str], flags: list[str], error: str) -> None:
    assert cli.main([*flags, 'a.py']) == 2
    assert capsys.readouterr().err == f'check-llm-calls: error: {error}\n'
