"""The README stays true: hook ids, the rules table, the quickstart and CI commands."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from check_llm_usage import catalogue
from check_llm_usage import cli
from check_llm_usage import rules

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / 'README.md').read_text()


def test_every_hook_id_is_documented() -> None:
    ids = re.findall(r'^-\s+id:\s*(\S+)', (ROOT / '.pre-commit-hooks.yaml').read_text(), re.M)
    assert ids == ['check-llm-usage', 'check-llm-usage-strict']
    for hook_id in ids:
        assert f'`{hook_id}`' in README


def test_rules_table_matches_catalogue() -> None:
    rules_table = README.split('### Supported SDKs')[0]
    rows = re.findall(r'^\| (LLM\d{3}) \| ([^|]+) \|', rules_table, re.M)
    meta = [('LLM100', '(tracking)'), ('LLM900', '(any)'), ('LLM901', '(any)'), ('LLM902', '(any)')]
    expected = sorted([(p.code, p.title) for p in catalogue.PROVIDERS] + meta)
    assert [(code, title.strip()) for code, title in rows] == expected
    assert [code for code, _ in rows] == [r.code for r in rules.RULES]


def _commands() -> list[str]:
    return re.findall(r'^(python3 -m venv \.venv && .+)$', README, re.M)


def test_quickstart_has_two_commands_and_ci_runs_the_test_one() -> None:
    run, test = _commands()[:2]
    assert run.endswith('check-llm-calls examples/')
    assert test.endswith('.venv/bin/pytest')
    assert test in (ROOT / '.ci' / 'run').read_text().splitlines()


def test_example_app_output(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(ROOT)
    assert cli.main(['examples/']) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(' direct')[0] for line in out] == [
        'examples/app/api/chat.py:11:16: LLM001',
        'examples/app/api/chat.py:19:16: LLM002',
        'examples/app/api/chat.py:27:20: LLM002',
        'examples/app/api/chat.py:35:14: LLM001',
        'help: use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call() '
        '(check-llm-calls --explain LLM001)',
        'check-llm-calls: 4',
    ]


def test_every_action_input_is_documented() -> None:
    import yaml

    action = yaml.safe_load((ROOT / 'action.yml').read_text())
    section = README.split('### The GitHub Action', 1)[1]
    rows = re.findall(r'^\| `([\w-]+)` \| ([^|]+) \|', section, re.M)
    assert [name for name, _ in rows] == list(action['inputs'])
    for name, default in rows:
        given = action['inputs'][name]['default']
        assert f'`{given}`' == default.strip() if given else default.startswith('(none')


def test_supported_sdks_table_is_generated_from_the_catalogue() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location('readme_sdks', ROOT / 'tools' / 'readme_sdks.py')
    assert spec is not None and spec.loader is not None
    readme_sdks = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(readme_sdks)
    assert readme_sdks.rewritten(README) == README
    rows = re.findall(r'^\| (LLM\d{3}) \| ([^|]+) \|', README.split(readme_sdks.START)[1], re.M)
    assert [(code, title.strip()) for code, title in rows] == [(p.code, p.title) for p in catalogue.PROVIDERS]
