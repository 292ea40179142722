"""--write-baseline / --baseline / --show-stale: line-free fingerprints with counts."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import put

from check_llm_usage import cli
from check_llm_usage import hook

APP = '''\
import litellm
from openai import OpenAI

client = OpenAI()


def ask(messages):
    return litellm.completion(model="gpt-4o", messages=messages)


class Bot:
    def reply(self, messages):
        return client.chat.completions.create(
            model="gpt-4o-mini",
            messages=messages,
        )
'''
BASELINE = {
    'version': 1,
    'entries': [
        {
            'path': 'app/chat.py', 'code': 'LLM001', 'function': 'ask',
            'call': "litellm.completion(model='gpt-4o', messages=messages)", 'count': 1,
        },
        {
            'path': 'app/chat.py', 'code': 'LLM002', 'function': 'Bot.reply',
            'call': "client.chat.completions.create(model='gpt-4o-mini', messages=messages)", 'count': 1,
        },
    ],
}


@pytest.fixture
def baselined(project: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    put(project, {'app/chat.py': APP})
    assert cli.main(['--write-baseline', 'baseline.json', 'app']) == 0
    assert capsys.readouterr() == ('', 'check-llm-calls: wrote 2 findings to baseline.json\n')
    return project


def test_written_baseline_is_sorted_line_free_json(baselined: Path) -> None:
    text = (baselined / 'baseline.json').read_text()
    assert json.loads(text) == BASELINE
    assert text == json.dumps(BASELINE, indent=2) + '\n'


def test_rewriting_is_byte_identical(baselined: Path) -> None:
    first = (baselined / 'baseline.json').read_bytes()
    assert cli.main(['--write-baseline', 'baseline.json', 'app']) == 0
    assert (baselined / 'baseline.json').read_bytes() == first


def test_everything_baselined_is_clean(baselined: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--baseline', 'baseline.json', 'app']) == 0
    assert capsys.readouterr() == ('', '')


def test_shifted_and_reformatted_code_stays_baselined_and_a_new_call_is_reported(baselined: Path, capsys: pytest.CaptureFixture[str]) -> None:
    moved = APP.replace('client = OpenAI()\n', 'client = OpenAI()\n# a\n# b\n# c\n')
    moved = moved.replace(
        '    return litellm.completion(model="gpt-4o", messages=messages)\n',
        '    first = litellm.completion(\n        model="gpt-4o", messages=messages)\n'
        '    return litellm.completion(model="gpt-4o", messages=messages)\n',
    )
    put(baselined, {'app/chat.py': moved})
    assert cli.main(['--baseline', 'baseline.json', 'app']) == 1
    assert capsys.readouterr().out == (
        'app/chat.py:13:12: LLM001 direct litellm.completion() call bypasses LLM usage tracking\n'
        'help: use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call() (check-llm-calls --explain LLM001)\n'
        'check-llm-calls: 1 direct LLM call in 1 file, 2 more in the baseline\n'
    )


@pytest.mark.parametrize(
    ('old', 'new'),
    [
        pytest.param('def ask(messages):', 'def ask2(messages):', id='other-function'),
        pytest.param('model="gpt-4o",', 'model="gpt-4.1",', id='other-call-text'),
    ],
)
def test_a_changed_fingerprint_is_new(baselined: Path, capsys: pytest.CaptureFixture[str], old: str, new: str) -> None:
    put(baselined, {'app/chat.py': APP.replace(old, new).replace('model="gpt-4o")', 'model="gpt-4.1")')})
    assert cli.main(['--baseline', 'baseline.json', 'app']) == 1
    assert capsys.readouterr().out.splitlines()[0].startswith('app/chat.py:8:12: LLM001 ')


def test_renamed_file_is_new(baselined: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.rename('app/chat.py', 'app/talk.py')
    assert cli.main(['--baseline', 'baseline.json', 'app']) == 1
    assert [line.split(' ')[0] for line in capsys.readouterr().out.splitlines()] == [
        'app/talk.py:8:12:', 'app/talk.py:13:16:', 'help:', 'check-llm-calls:',
    ]


def test_paths_are_relative_to_the_baseline_file(baselined: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(baselined / 'app')
    assert cli.main(['--baseline', '../baseline.json', 'chat.py']) == 0
    assert cli.main(['--baseline', str(baselined / 'baseline.json'), str(baselined / 'app' / 'chat.py')]) == 0
    assert capsys.readouterr() == ('', '')


def test_stale_entries_only_when_asked(baselined: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(baselined, {'app/chat.py': APP.replace('    return litellm.completion(model="gpt-4o", messages=messages)\n', '    return None\n')})
    assert cli.main(['--baseline', 'baseline.json', 'app']) == 0
    assert capsys.readouterr() == ('', '')
    assert cli.main(['--baseline', 'baseline.json', '--show-stale', 'app']) == 0
    assert capsys.readouterr() == ('', (
        'check-llm-calls: stale baseline entry: app/chat.py: LLM001 in ask: '
        "litellm.completion(model='gpt-4o', messages=messages) (1 of 1 no longer found)\n"
    ))


def test_stale_ignores_files_not_checked(baselined: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(baselined, {'other.py': 'x = 1\n'})
    assert cli.main(['--baseline', 'baseline.json', '--show-stale', 'other.py']) == 0
    assert capsys.readouterr() == ('', '')


def test_hook_reads_but_never_writes_the_baseline(baselined: Path, capsys: pytest.CaptureFixture[str]) -> None:
    subprocess.run(('git', 'add', '-A'), check=True)
    subprocess.run(('git', '-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'init'), check=True)
    put(baselined, {'app/chat.py': APP + '\n\nlitellm.completion(model="x")\n'})
    before = (baselined / 'baseline.json').read_bytes()
    assert hook.main(['--baseline', 'baseline.json', 'app/chat.py']) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        'check-llm-usage: 1 direct LLM call in 1 file, 2 more in the baseline '
        '(warning only: this check never blocks commits)'
    )
    assert hook.main(['--write-baseline', 'baseline.json', 'app/chat.py']) == 0
    assert capsys.readouterr().err == (
        'check-llm-usage: error: the hook never writes a baseline; run check-llm-calls '
        '--write-baseline FILE (nothing checked; this check never blocks commits)\n'
    )
    assert (baselined / 'baseline.json').read_bytes() == before
    status = subprocess.run(('git', 'status', '--porcelain'), capture_output=True, text=True, check=True).stdout
    assert status == ' M app/chat.py\n'


@pytest.mark.parametrize(
    ('content', 'error'),
    [
        pytest.param(None, 'missing.json: cannot read it (No such file or directory)', id='missing'),
        pytest.param('{', 'b.json: not a baseline file (invalid JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1))', id='invalid-json'),
        pytest.param('[]', 'b.json: not a version 1 baseline file (write one with --write-baseline)', id='not-an-object'),
        pytest.param('{"version": 2, "entries": []}', 'b.json: not a version 1 baseline file (write one with --write-baseline)', id='other-version'),
        pytest.param(
            '{"version": 1, "entries": [{"path": "a.py", "code": "LLM001", "function": "", "call": "x", "count": 0}]}',
            'b.json: entry 1 needs string path, code, function, call and a count >= 1', id='bad-count',
        ),
    ],
)
def test_bad_baseline_is_a_usage_error(project: Path, capsys: pytest.CaptureFixture[str], content: str | None, error: str) -> None:
    name = 'missing.json' if content is None else 'b.json'
    if content is not None:
        put(project, {name: content})
    put(project, {'a.py': 'x = 1\n'})
    assert cli.main(['--baseline', name, 'a.py']) == 2
    assert capsys.readouterr().err == f'check-llm-calls: error: {error}\n'


@pytest.mark.parametrize(
    ('flags', 'error'),
    [
        pytest.param(['--show-stale'], '--show-stale needs --baseline', id='stale-without-baseline'),
        pytest.param(
            ['--write-baseline', 'b.json', '--baseline', 'b.json'],
            '--write-baseline records every finding; use it without --baseline and --inventory', id='write-and-read',
        ),
    ],
)
def test_flag_combinations(project: Path, capsys: pytest.CaptureFixture[str], flags: list[str], error: str) -> None:
    assert cli.main([*flags, 'a.py']) == 2
    assert capsys.readouterr().err == f'check-llm-calls: error: {error}\n'


def test_unwritable_baseline(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    put(project, {'a.py': 'x = 1\n'})
    assert cli.main(['--write-baseline', 'no/such/dir/b.json', 'a.py']) == 2
    assert capsys.readouterr().err == 'check-llm-calls: error: no/such/dir/b.json: cannot write it (No such file or directory)\n'
