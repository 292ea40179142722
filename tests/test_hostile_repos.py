"""Hostile repositories: a repository's contents (file names included) are attacker-controlled.

Each test here reproduces one attack from issue 14 and asserts what the user sees instead.
"""
from __future__ import annotations

import ast
import base64
import gc
import json
import os
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import PRE_COMMIT
from conftest import put
from conftest import git
from conftest import run
from conftest import write

from check_llm_usage import catalogue
from check_llm_usage import cli
from check_llm_usage import files
from check_llm_usage import hook
from check_llm_usage import prefilter
from check_llm_usage.checker import Options
from check_llm_usage.checker import check_source
from check_llm_usage.checker import message_for
from check_llm_usage.matching import find_direct_calls

CHAT = "import litellm\n\nlitellm.completion(model='gpt-4o', messages=[])\n"
SHEBANG_CHAT = '#!/usr/bin/env python3\n' + CHAT
SETUP = 'from setuptools import setup\n\nsetup()\n'
HELP = (
    'help: use multi_model_service.generate_response() or wrap the call in '
    'llm_tracker.track_llm_call() (check-llm-calls --explain LLM001)'
)
WARN_ONLY = ' (warning only: this check never blocks commits)'
FINDING_LINE = re.compile(r'^\S+:\d+:\d+: LLM\d{3} .*$', re.MULTILINE)
STRICT_FAILED = re.compile(r'^check for direct LLM API calls \(strict\)\.+Failed$', re.MULTILINE)
WARN_PASSED = re.compile(r'^check for direct LLM API calls \(warn only\)\.+Passed$', re.MULTILINE)


def chat_finding(path: str, line: int = 3) -> str:
    """The finding line for ``CHAT``'s call in ``path``."""
    return f'{path}:{line}:1: LLM001 {message_for("litellm.completion")}'


# --- 1. file names read as options ---------------------------------------------------------

# file names a repository can hold that argparse would read as options; each is Python to
# pre-commit (a .py name, or an executable with a python shebang) and holds a direct call
OPTION_NAMES = [
    pytest.param('--exclude=*.py', id='exclude-everything'),
    pytest.param('--write-baseline=setup.py', id='overwrite-setup-py'),
    pytest.param('-h.py', id='help'),
    pytest.param('-x.py', id='unknown-option'),
    pytest.param('--inventory', id='inventory-exits-0'),
    pytest.param('--list-rules', id='list-rules-exits-0'),
    pytest.param('--list', id='abbreviation-of-an-option'),
    pytest.param('--', id='double-dash'),
]


def plant(root: Path, name: str) -> None:
    """A file called ``name`` that pre-commit selects as Python, with one direct call."""
    if name.endswith('.py'):
        write(root / name, CHAT)
    else:
        write(root / name, SHEBANG_CHAT, mode=0o755)


def line_of_call(name: str) -> int:
    return 3 if name.endswith('.py') else 4


@pytest.mark.parametrize('name', OPTION_NAMES)
@pytest.mark.parametrize(
    'consumer_args',
    [
        pytest.param((), id='no-args'),
        pytest.param(('--baseline', 'base.json'), id='baseline-args'),
        pytest.param(('--select=litellm,meta',), id='select-args'),
    ],
)
def test_file_name_is_never_an_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    name: str, consumer_args: tuple[str, ...],
) -> None:
    # what pre-commit runs: entry, the hook's args:, then the file names, without '--'
    monkeypatch.chdir(tmp_path)
    plant(tmp_path, name)
    write(tmp_path / 'setup.py', SETUP)
    write(tmp_path / 'base.json', '{"version": 1, "entries": []}\n')
    files = sorted([name, 'setup.py'])

    assert cli.main([*consumer_args, *files]) == 1

    assert capsys.readouterr() == (
        f'{chat_finding(name, line_of_call(name))}\n{HELP}\ncheck-llm-calls: 1 direct LLM call in 1 file\n', '',
    )
    assert (tmp_path / 'setup.py').read_text() == SETUP
    assert sorted(os.listdir(tmp_path)) == sorted([name, 'setup.py', 'base.json'])


@pytest.mark.parametrize('name', OPTION_NAMES)
def test_hook_checks_a_file_named_like_an_option(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], name: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    plant(tmp_path, name)

    assert hook.main([name]) == 0

    assert capsys.readouterr().out == (
        f'{chat_finding(name, line_of_call(name))}\n{HELP}\ncheck-llm-usage: 1 direct LLM call in 1 file{WARN_ONLY}\n'
    )


def test_an_option_is_an_option_while_no_file_has_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(['--list-rules']) == 0
    assert capsys.readouterr().out.startswith('LLM001  litellm ')


def test_everything_after_double_dash_is_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main(['--', '--list-rules']) == 1
    assert capsys.readouterr().out.splitlines() == [
        '--list-rules:1:1: LLM900 file not checked: cannot read it (No such file or directory)',
        'check-llm-calls: 1 file not checked',
    ]


def test_a_file_named_like_a_consumer_arg_costs_that_option_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    # args: [--baseline, base.json] and a committed file named --baseline: the option is lost,
    # so the run reports what it would without it (here: app.py's baselined call too)
    monkeypatch.chdir(tmp_path)
    plant(tmp_path, '--baseline')
    write(tmp_path / 'app.py', CHAT)
    assert cli.main(['--write-baseline', 'base.json', 'app.py']) == 0
    capsys.readouterr()

    assert cli.main(['--baseline', 'base.json', '--baseline', 'app.py']) == 1

    assert capsys.readouterr().out.splitlines() == [
        chat_finding('--baseline', 4), chat_finding('app.py'), HELP, 'check-llm-calls: 2 direct LLM calls in 2 files',
    ]


@pytest.mark.precommit
def test_try_repo_strict_hook_with_a_file_named_exclude_everything(
    hook_repo: Path, env: dict[str, str], tmp_path: Path,
) -> None:
    git(tmp_path, env, 'init', '-q')
    write(tmp_path / 'app' / 'chat.py', CHAT)
    plant(tmp_path, '--exclude=*.py')
    git(tmp_path, env, 'add', '--all')
    git(tmp_path, env, 'commit', '-q', '-m', 'hostile')

    result = run(
        (*PRE_COMMIT, 'try-repo', str(hook_repo), 'check-llm-usage-strict', '--ref', 'v0.1.0', '--all-files'),
        tmp_path, env,
    )

    assert result.returncode == 1, result.stdout
    assert STRICT_FAILED.search(result.stdout), result.stdout
    assert FINDING_LINE.findall(result.stdout) == [chat_finding('--exclude=*.py'), chat_finding('app/chat.py')]


@pytest.mark.precommit
@pytest.mark.parametrize(
    ('hook_id', 'args'),
    [
        pytest.param('check-llm-usage-strict', (), id='strict'),
        pytest.param('check-llm-usage-strict', ('--baseline', 'base.json'), id='strict-baseline-args'),
        pytest.param('check-llm-usage', (), id='warn'),
    ],
)
def test_consumer_repo_with_files_named_like_options(
    consumer: Callable[..., Path], env: dict[str, str], hook_id: str, args: tuple[str, ...],
) -> None:
    repo = consumer(hook_id, args)
    names = [param.values[0] for param in OPTION_NAMES if param.values[0] != '--']
    for name in names:
        plant(repo, name)
    write(repo / 'setup.py', SETUP)
    write(repo / 'app' / 'chat.py', CHAT)
    # the baseline accepts app/chat.py's call: the consumer's args must still be read
    base = (
        '{"version": 1, "entries": [{"path": "app/chat.py", "code": "LLM001", "function": "",'
        ' "call": "litellm.completion(model=\'gpt-4o\', messages=[])", "count": 1}]}\n'
    )
    write(repo / 'base.json', base)
    git(repo, env, 'add', '--all')
    git(repo, env, 'commit', '-q', '-m', 'hostile file names')

    result = run((*PRE_COMMIT, 'run', '--all-files'), repo, env)

    expected = [chat_finding(name, line_of_call(name)) for name in sorted(names)]
    if not args:
        expected.append(chat_finding('app/chat.py'))
    assert FINDING_LINE.findall(result.stdout) == expected, result.stdout
    if hook_id == 'check-llm-usage':
        assert (result.returncode, bool(WARN_PASSED.search(result.stdout))) == (0, True), result.stdout
    else:
        assert (result.returncode, bool(STRICT_FAILED.search(result.stdout))) == (1, True), result.stdout
    assert (repo / 'setup.py').read_text() == SETUP
    assert git(repo, env, 'status', '--porcelain') == ''


# --- 4. special files as option values -----------------------------------------------------

BIN = Path(sys.executable).parent
NEVER = 'this check never blocks commits'


def bounded_memory() -> None:
    """In the child: at most 1 GiB of address space, so a read that never ends fails fast."""
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def entry_point(name: str, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run an installed entry point; a stall fails the test after 30 s."""
    return subprocess.run(
        (str(BIN / name), *args), cwd=cwd, capture_output=True, text=True, timeout=30,
        preexec_fn=bounded_memory, env={**os.environ, 'PYTHONDONTWRITEBYTECODE': '1'},
    )


def make_fifo(root: Path) -> str:
    os.mkfifo(root / 'settings')
    return 'settings'


def make_huge(root: Path) -> str:
    with open(root / 'settings', 'wb') as f:  # sparse: 17 MiB on paper, nothing on disk
        f.truncate(17 * 1024 * 1024)
    return 'settings'


SETTINGS_FILES = [
    pytest.param(make_fifo, 'settings: cannot read it (it is a FIFO)', id='fifo'),
    pytest.param(lambda root: '/dev/zero', '/dev/zero: cannot read it (it is a device)', id='dev-zero'),
    pytest.param(
        make_huge, 'settings: cannot read it (17825792 bytes, over the size limit of 16777216)', id='17-mib',
    ),
]


@pytest.mark.parametrize('option', ['--config', '--baseline'])
@pytest.mark.parametrize(('make', 'reason'), SETTINGS_FILES)
def test_settings_file_must_be_a_small_regular_file(
    tmp_path: Path, option: str, make: Callable[[Path], str], reason: str,
) -> None:
    write(tmp_path / 'app.py', CHAT)
    target = make(tmp_path)

    checker = entry_point('check-llm-calls', tmp_path, option, target, 'app.py')
    hook_run = entry_point('check-llm-usage', tmp_path, option, target, 'app.py')

    assert (checker.returncode, checker.stdout, checker.stderr) == (2, '', f'check-llm-calls: error: {reason}\n')
    assert (hook_run.returncode, hook_run.stdout, hook_run.stderr) == (
        0, '', f'check-llm-usage: error: {reason} (nothing checked; {NEVER})\n',
    )


# --- 5. output injection -------------------------------------------------------------------

INJECTED_NAME = 'a\n::error::b.py'
INJECTED_MODEL = 'gpt\n::error::pwned|x`y'
INJECTED_CHAT = f'import litellm\n\nlitellm.completion(model={INJECTED_MODEL!r})\n'


@pytest.fixture
def injected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file whose name and model string carry a newline and a GitHub workflow command."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / INJECTED_NAME, INJECTED_CHAT)
    return tmp_path


def test_inventory_text_escapes_names_and_models(injected: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--inventory', INJECTED_NAME]) == 0
    assert capsys.readouterr().out.splitlines() == [
        'location              status     provider  endpoint            model',
        'a\\n::error::b.py:3:1  untracked  litellm   litellm.completion  gpt\\n::error::pwned|x`y',
        '',
        'tracking coverage: 0/1 (0%) call sites tracked',
        'by status: 0 tracked, 1 untracked, 0 suppressed, 0 baselined',
        'by provider: litellm 0/1 (0%)',
        'by model: gpt\\n::error::pwned|x`y 0/1 (0%)',
        'help: use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call()',
    ]


def test_inventory_markdown_escapes_names_and_models(injected: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--inventory', '--format', 'markdown', INJECTED_NAME]) == 0
    assert capsys.readouterr().out.splitlines()[-7:] == [
        '| model | tracked | coverage |',
        '|---|---|---|',
        "| `gpt\\n::error::pwned\\|x'y` | 0/1 | 0% |",
        '',
        '| location | status | provider | endpoint | model |',
        '|---|---|---|---|---|',
        "| `a\\n::error::b.py:3:1` | untracked | litellm | `litellm.completion` | `gpt\\n::error::pwned\\|x'y` |",
    ]


def test_show_stale_escapes_baseline_entries(injected: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entry = {'path': INJECTED_NAME, 'code': 'LLM001', 'function': 'f\n::error::g', 'call': 'x()\n::error::h', 'count': 1}
    (injected / 'base.json').write_text(json.dumps({'version': 1, 'entries': [entry]}))

    assert cli.main(['--baseline', 'base.json', '--show-stale', INJECTED_NAME]) == 1

    assert capsys.readouterr().err.splitlines() == [
        'check-llm-calls: stale baseline entry: a\\n::error::b.py: LLM001 in f\\n::error::g: x()\\n::error::h'
        ' (1 of 1 no longer found)',
    ]


def test_write_baseline_message_escapes_the_path(injected: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['--write-baseline', 'b\n::error::c.json', INJECTED_NAME]) == 0
    assert capsys.readouterr().err == 'check-llm-calls: wrote 1 finding to b\\n::error::c.json\n'


# --- 6. data loss --------------------------------------------------------------------------

UNDECODABLE = os.fsdecode(b'caf\xff.py')  # a file name that is not UTF-8 (Linux allows it)


@pytest.fixture
def undecodable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / UNDECODABLE, CHAT)
    return tmp_path


def test_baseline_round_trips_a_file_name_that_is_not_utf8(
    undecodable: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(['--write-baseline', 'base.json', UNDECODABLE]) == 0
    assert capsys.readouterr().err == 'check-llm-calls: wrote 1 finding to base.json\n'
    # valid UTF-8 JSON; the undecodable byte is kept as the escape Python's file names use
    data = (undecodable / 'base.json').read_bytes()
    assert json.loads(data.decode('utf-8'))['entries'][0]['path'] == UNDECODABLE
    assert b'"path": "caf\\udcff.py"' in data

    assert cli.main(['--baseline', 'base.json', UNDECODABLE]) == 0
    assert capsys.readouterr().out == ''


def test_failed_baseline_write_keeps_the_old_baseline(tmp_path: Path) -> None:
    for number in range(20):
        write(tmp_path / f'm{number:02}.py', CHAT)
    old = '{"version": 1, "entries": []}\n'
    write(tmp_path / 'base.json', old)

    def small_files_only() -> None:  # the new baseline (about 3 KB) cannot be written
        resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))

    result = subprocess.run(
        (str(BIN / 'check-llm-calls'), '--write-baseline', 'base.json', '.'), cwd=tmp_path,
        capture_output=True, text=True, timeout=60, preexec_fn=small_files_only,
    )

    assert (result.returncode, result.stdout, result.stderr) == (
        2, '', 'check-llm-calls: error: base.json: cannot write it (File too large)\n',
    )
    assert (tmp_path / 'base.json').read_text() == old
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith('.py')) == ['base.json']


@pytest.mark.parametrize(
    ('make', 'reason'),
    [
        pytest.param(make_fifo, 'settings: cannot write it (it is a FIFO)', id='fifo'),
        pytest.param(lambda root: '/dev/null', '/dev/null: cannot write it (it is a device)', id='dev-null'),
        pytest.param(lambda root: '.', '.: cannot write it (it is a directory)', id='directory'),
    ],
)
def test_baseline_is_written_only_to_a_regular_file(
    tmp_path: Path, make: Callable[[Path], str], reason: str,
) -> None:
    write(tmp_path / 'app.py', CHAT)
    target = make(tmp_path)

    result = entry_point('check-llm-calls', tmp_path, '--write-baseline', target, 'app.py')

    assert (result.returncode, result.stdout, result.stderr) == (2, '', f'check-llm-calls: error: {reason}\n')
    assert sorted(os.listdir(tmp_path)) == sorted({'app.py', 'settings'} & {'app.py', target})


def test_baseline_written_through_a_symlink_replaces_its_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / 'app.py', CHAT)
    write(tmp_path / 'shared' / 'base.json', '{"version": 1, "entries": []}\n')
    os.symlink('shared/base.json', tmp_path / 'base.json')

    assert cli.main(['--write-baseline', 'base.json', 'app.py']) == 0

    assert os.readlink(tmp_path / 'base.json') == 'shared/base.json'
    assert json.loads((tmp_path / 'shared' / 'base.json').read_text())['entries'][0]['path'] == 'app.py'


def test_sarif_percent_encodes_a_file_name_that_is_not_utf8(
    undecodable: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(['--format', 'sarif', UNDECODABLE]) == 1
    result = json.loads(capsys.readouterr().out)['runs'][0]['results'][0]
    assert result['locations'][0]['physicalLocation']['artifactLocation'] == {
        'uri': 'caf%FF.py', 'uriBaseId': '%SRCROOT%',
    }


def test_github_annotation_shows_a_file_name_that_is_not_utf8_as_text_does(
    undecodable: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(['--format', 'github', UNDECODABLE]) == 1
    assert capsys.readouterr().out.startswith('::warning file=caf\\xff.py,line=3,col=1,title=LLM001 ')


# --- 7. codecs that hide calls from the byte pre-filter ------------------------------------

HIDDEN = "import openai\nopenai.OpenAI().chat.completions.create(model='m')\n"


def utf7_letters(text: str) -> str:
    """Every letter as a UTF-7 base64 run: no identifier is left in the bytes."""
    return ''.join(
        '+' + base64.b64encode(c.encode('utf-16-be')).decode().rstrip('=') + '-' if c.isalpha() else c for c in text
    )


def fullwidth(text: str) -> str:
    """ASCII letters as fullwidth letters (the parser folds names back, NFKC; not keywords)."""
    return ''.join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalpha() else c for c in text)


HIDING_CODECS = [
    pytest.param(b'# coding: utf-7\n' + utf7_letters(HIDDEN).encode(), 3, id='utf-7'),
    pytest.param(
        b'# coding: unicode_escape\n' + ''.join(f'\\x{ord(c):02x}' if c.isalpha() else c for c in HIDDEN).encode(), 3,
        id='unicode_escape',
    ),
    pytest.param(
        b'# coding: raw_unicode_escape\n' + ''.join(f'\\u{ord(c):04x}' if c.isalpha() else c for c in HIDDEN).encode(), 3,
        id='raw_unicode_escape',
    ),
    pytest.param(
        b'#!/usr/bin/env python\r# -*- coding: iso2022_jp -*-\r'
        + fullwidth(HIDDEN.replace('\n', '\r')).replace(fullwidth('import'), 'import').encode('iso2022_jp'), 4,
        id='iso2022_jp-7-bit-CR',
    ),
]


@pytest.mark.parametrize(('data', 'number'), HIDING_CODECS)
def test_declared_codec_cannot_hide_a_call(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes, number: int,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / 'hidden.py').write_bytes(data)
    line = f'hidden.py:{number}:1: LLM002 {message_for("openai.OpenAI().chat.completions.create")}'

    assert cli.main(['hidden.py']) == 1
    assert capsys.readouterr().out.splitlines()[0] == line
    assert hook.main(['hidden.py']) == 0
    assert capsys.readouterr().out.splitlines()[0] == line


# --- 9. exit codes and signals -------------------------------------------------------------

def deep_json(root: Path) -> tuple[str, ...]:
    (root / 'base.json').write_text('{"version": 1, "entries": ' + '[' * 100_000 + ']' * 100_000 + '}')
    return ('--baseline', 'base.json')


def deep_toml(root: Path) -> tuple[str, ...]:
    (root / 'pyproject.toml').write_text('[tool.check-llm-usage]\nselect = ' + '[' * 100_000 + ']' * 100_000 + '\n')
    return ()


@pytest.mark.parametrize(
    ('make', 'error'),
    [
        pytest.param(deep_json, 'base.json: not a baseline file (nested too deeply)', id='deep-baseline-json'),
        pytest.param(deep_toml, 'pyproject.toml: invalid TOML: nested too deeply', id='deep-pyproject-toml'),
    ],
)
def test_deeply_nested_settings_are_one_line_errors(
    tmp_path: Path, make: Callable[[Path], tuple[str, ...]], error: str,
) -> None:
    write(tmp_path / 'app.py', CHAT)
    options = make(tmp_path)

    checker = entry_point('check-llm-calls', tmp_path, *options, 'app.py')
    hook_run = entry_point('check-llm-usage', tmp_path, *options, 'app.py')

    assert (checker.returncode, checker.stdout, checker.stderr) == (2, '', f'check-llm-calls: error: {error}\n')
    assert (hook_run.returncode, hook_run.stdout, hook_run.stderr) == (
        0, '', f'check-llm-usage: error: {error} (nothing checked; {NEVER})\n',
    )


def test_pyproject_whose_comment_names_our_table(tmp_path: Path) -> None:
    write(tmp_path / 'app.py', CHAT)
    write(tmp_path / 'pyproject.toml', '# see [tool.check-llm-usage] in the docs\ntool = 5\n')

    result = entry_point('check-llm-calls', tmp_path, 'app.py')

    assert (result.returncode, result.stdout.splitlines()[0], result.stderr) == (1, chat_finding('app.py'), '')


def test_deleted_working_directory(tmp_path: Path) -> None:
    write(tmp_path / 'app.py', CHAT)
    gone = tmp_path / 'gone'
    command = f'mkdir {gone} && cd {gone} && rmdir {gone} && exec "$0" "$@"'

    results = [
        subprocess.run(
            ('sh', '-c', command, str(BIN / name), str(tmp_path / 'app.py')),
            capture_output=True, text=True, timeout=30,
        )
        for name in ('check-llm-calls', 'check-llm-usage')
    ]

    reason = 'cannot use the current directory (No such file or directory)'
    assert [(r.returncode, r.stdout, r.stderr) for r in results] == [
        (2, '', f'check-llm-calls: error: {reason}\n'),
        (0, '', f'check-llm-usage: error: {reason} (nothing checked; {NEVER})\n'),
    ]


@pytest.mark.parametrize('source', [pytest.param('x = 1\n', id='clean'), pytest.param(CHAT, id='findings')])
@pytest.mark.parametrize(
    ('redirect', 'reason'),
    [
        pytest.param('>&-', 'stdout is closed', id='closed'),
        pytest.param('>/dev/full', 'No space left on device', id='full'),
    ],
)
def test_stdout_that_cannot_be_written(tmp_path: Path, source: str, redirect: str, reason: str) -> None:
    write(tmp_path / 'app.py', source)

    results = [
        subprocess.run(
            ('sh', '-c', f'exec "$0" app.py {redirect}', str(BIN / name)),
            cwd=tmp_path, capture_output=True, text=True, timeout=30,
        )
        for name in ('check-llm-calls', 'check-llm-usage')
    ]

    assert [(r.returncode, r.stderr) for r in results] == [
        (2, f'check-llm-calls: error: cannot write the report ({reason})\n'),
        # the hook has nothing to write for a clean file (its fast path)
        (0, f'check-llm-usage: error: cannot write the report ({reason})\n' if source == CHAT else ''),
    ]


# 5: no pipe at all; 7 and 9: pipes of runs for fewer processes than there are cores, or no
# child to start on the last run
@pytest.mark.parametrize('descriptors', [5, 7, 9])
def test_few_file_descriptors_still_check_everything(tmp_path: Path, descriptors: int) -> None:
    for number in range(60):  # enough files for the forked workers, which need pipes
        write(tmp_path / f'm{number:02}.py', CHAT)

    def few_descriptors() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (descriptors, descriptors))

    result = subprocess.run(
        (str(BIN / 'check-llm-calls'), '.'), cwd=tmp_path, capture_output=True, text=True, timeout=60,
        preexec_fn=few_descriptors,
    )

    assert (result.returncode, result.stderr) == (1, '')
    assert result.stdout.splitlines()[-1] == 'check-llm-calls: 60 direct LLM calls in 60 files'


def children_of(pid: int) -> list[int]:
    """The live child processes of ``pid``."""
    found = []
    for entry in os.listdir('/proc'):
        try:
            with open(f'/proc/{entry}/stat') as f:
                fields = f.read().rpartition(')')[2].split()
        except (OSError, ValueError):
            continue
        if entry.isdigit() and int(fields[1]) == pid and fields[0] != 'Z':
            found.append(int(entry))
    return found


def alive(pid: int) -> bool:
    """True while ``pid`` exists and is not a zombie."""
    try:
        with open(f'/proc/{pid}/stat') as f:
            return f.read().rpartition(')')[2].split()[0] != 'Z'
    except OSError:
        return False


@pytest.mark.skipif(
    not sys.platform.startswith('linux') or len(os.sched_getaffinity(0)) < 2, reason='forked workers: Linux, 2 cores',
)
def test_workers_die_with_their_parent(tmp_path: Path) -> None:
    for number in range(400):  # a tree that takes seconds to check, in forked workers
        (tmp_path / f'f{number:03}.py').write_bytes(b'import openai\n' + b'x = a.b.c(d)[e]\n' * 3000)
    process = subprocess.Popen(
        (str(BIN / 'check-llm-calls'), '.'), cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60  # a loaded machine starts processes slowly
    while not children_of(process.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = children_of(process.pid)
    assert workers, 'no forked worker started'

    process.terminate()
    process.wait(timeout=30)

    deadline = time.monotonic() + 15  # a worker finishes the file it is checking (about 0.1 s)
    while any(map(alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(alive, workers))


# --- 10. silent skips ----------------------------------------------------------------------

ROOT = os.geteuid() == 0 if hasattr(os, 'geteuid') else False


def unreadable_by_size(path: Path) -> str:
    with open(path, 'wb') as f:  # sparse: over the 16 MiB limit, nothing on disk
        f.truncate(17 * 1024 * 1024)
    return '17825792 bytes, over the size limit of 16777216'


def unreadable_by_mode(path: Path) -> str:
    path.write_text('[tool.black]\n')
    path.chmod(0)
    return 'Permission denied'


@pytest.mark.parametrize(
    'make',
    [
        pytest.param(unreadable_by_size, id='too-big'),
        pytest.param(
            unreadable_by_mode, id='mode-000',
            marks=pytest.mark.skipif(ROOT, reason='root reads any file'),
        ),
    ],
)
def test_unreadable_pyproject_in_a_parent_directory_is_skipped_and_named(
    tmp_path: Path, make: Callable[[Path], str],
) -> None:
    project = tmp_path / 'project'
    write(project / 'app.py', CHAT)
    reason = make(tmp_path / 'pyproject.toml')

    results = [entry_point(name, project, 'app.py') for name in ('check-llm-calls', 'check-llm-usage')]

    note = f'{{}}: warning: ../pyproject.toml: cannot read it ({reason}); settings in it, if any, are not used\n'
    assert [(r.returncode, r.stdout.splitlines()[0], r.stderr) for r in results] == [
        (1, chat_finding('app.py'), note.format('check-llm-calls')),
        (0, chat_finding('app.py'), note.format('check-llm-usage')),
    ]


def deep_directory(root: Path) -> tuple[str, str]:
    """A directory whose path is too long to list (ENAMETOOLONG, also for root): (its path, reason)."""
    name = 'd' * 250
    descriptor = os.open(root, os.O_RDONLY)
    try:
        for _ in range(17):  # 17 x 251 bytes: over PATH_MAX (4096)
            os.mkdir(name, dir_fd=descriptor)
            inner = os.open(name, os.O_RDONLY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
        with open(os.open('app.py', os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor), 'w') as f:
            f.write(CHAT)
    finally:
        os.close(descriptor)
    return 'src/' + '/'.join([name] * 17), 'File name too long'


def locked_directory(root: Path) -> tuple[str, str]:
    write(root / 'src' / 'locked' / 'app.py', CHAT)
    (root / 'src' / 'locked').chmod(0)
    return 'src/locked', 'Permission denied'


@pytest.mark.parametrize(
    'make',
    [
        pytest.param(deep_directory, id='path-too-long'),
        pytest.param(locked_directory, id='mode-000', marks=pytest.mark.skipif(ROOT, reason='root lists any directory')),
    ],
)
def test_a_directory_that_cannot_be_listed_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    make: Callable[[Path], tuple[str, str]],
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / 'src').mkdir()
    write(tmp_path / 'src' / 'app.py', CHAT)
    directory, reason = make(tmp_path / 'src' if make is deep_directory else tmp_path)

    assert cli.main(['src']) == 1

    assert capsys.readouterr().out.splitlines() == [
        chat_finding('src/app.py'),
        f'{directory}:1:1: LLM900 directory not checked: cannot list it ({reason})',
        HELP,
        'check-llm-calls: 1 direct LLM call in 1 file, 1 file not checked',
    ]


def test_help_says_which_directories_a_walk_skips(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(['--help'])
    assert 'virtualenvs (a pyvenv.cfg)' in ' '.join(capsys.readouterr().out.split())


# --- 11. python -m and modules in the working directory ------------------------------------

SHADOWS = ('warnings.py', 'collections/__init__.py', 'argparse.py', 'json.py', 'ast.py', 'runpy.py', 'identify/__init__.py')


@pytest.mark.parametrize(
    'command',
    [
        pytest.param((str(BIN / 'check-llm-calls'),), id='check-llm-calls'),
        pytest.param((str(BIN / 'check-llm-usage'),), id='check-llm-usage'),
        pytest.param(
            (sys.executable, '-P', '-m', 'check_llm_usage'), id='python-P-m',
            marks=pytest.mark.skipif(sys.version_info < (3, 11), reason='-P is new in 3.11'),
        ),
    ],
)
def test_safe_entry_points_never_import_from_the_working_directory(tmp_path: Path, command: tuple[str, ...]) -> None:
    for name in SHADOWS:  # a repository can hold any of these
        write(tmp_path / name, "open('PWNED', 'w').close()\nraise SystemExit(99)\n")
    write(tmp_path / 'app.py', CHAT)

    result = subprocess.run(
        (*command, 'app.py'), cwd=tmp_path, capture_output=True, text=True, timeout=60,
        env={**os.environ, 'PYTHONDONTWRITEBYTECODE': '1'},
    )

    assert result.stdout.splitlines()[0] == chat_finding('app.py'), result.stderr
    assert not (tmp_path / 'PWNED').exists()


def test_readme_advertises_python_m_only_with_safe_path() -> None:
    readme = (Path(__file__).resolve().parent.parent / 'README.md').read_text()
    advertised = [line for line in readme.splitlines() if 'python -m check_llm_usage' in line or '-m check_llm_usage' in line]
    assert advertised
    assert all('python -P -m check_llm_usage' in line for line in advertised), advertised


# --- 3. patterns match in linear time, with gitignore's classes ----------------------------

@pytest.mark.parametrize(
    ('pattern', 'matched', 'unmatched'),
    [
        pytest.param('gen_[0-9].py', ['gen_1.py', 'a/gen_7.py'], ['gen_x.py', 'gen_[0-9].py'], id='class-range'),
        pytest.param('x[!ab].py', ['xc.py'], ['xa.py', 'xb.py', 'x/.py'], id='negated-class'),
        pytest.param('x[]a].py', ['x].py', 'xa.py'], ['xb.py'], id='bracket-first-in-class'),
        pytest.param('x\\[a].py', ['x[a].py'], ['xa.py'], id='escaped-bracket'),
        pytest.param('x[ab.py', ['x[ab.py'], ['xa.py'], id='unclosed-bracket-is-literal'),
        pytest.param('**', ['a.py', 'a/b/c.py'], [], id='double-star-alone-is-every-path'),
        pytest.param('/**/', ['a/b.py', 'a/b/c.py'], ['a.py'], id='every-directory'),
        pytest.param('*?*?Q', ['abQ', 'd/xyzQ'], ['aQ', 'abQ.py'], id='stars-and-marks'),
    ],
)
def test_gitignore_pattern_semantics(pattern: str, matched: list[str], unmatched: list[str]) -> None:
    test = files.compile_patterns([pattern])
    assert test is not None
    assert [p for p in matched + unmatched if test(p)] == matched


@pytest.mark.parametrize(
    ('patterns', 'path'),
    [
        pytest.param(['*?' * 15 + 'Q'], 'a' * 250, id='stars-and-marks-against-a-long-name'),
        pytest.param(['*a' * 40 + 'Q'], 'a' * 250, id='many-stars-in-one-name'),
        pytest.param(['**/' * 40 + 'a'], '/'.join(['b'] * 1000), id='double-stars-against-a-deep-path'),
        pytest.param(['x/**/' * 20 + 'a'], '/'.join(['x'] * 1000), id='double-stars-between-names'),
    ],
)
def test_patterns_never_backtrack(patterns: list[str], path: str) -> None:
    # in a child process: a regex that backtracks would run for minutes, not fail
    program = (
        'import sys; from check_llm_usage.files import compile_patterns; '
        f'print(compile_patterns({patterns!r})({path!r}))'
    )
    result = subprocess.run((sys.executable, '-c', program), capture_output=True, text=True, timeout=20)
    assert (result.returncode, result.stdout, result.stderr) == (0, 'False\n', '')


@pytest.mark.parametrize('key', ['', '/', '//'])
def test_a_pattern_that_matches_nothing_is_a_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], key: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    write(tmp_path / 'app.py', CHAT)
    write(tmp_path / 'pyproject.toml', f'[tool.check-llm-usage.per-file-ignores]\n"{key}" = ["LLM001"]\n')

    assert cli.main(['app.py']) == 2

    assert capsys.readouterr().err == (
        f"check-llm-calls: error: pyproject.toml: [tool.check-llm-usage] 'per-file-ignores' {key!r}: "
        'an empty pattern matches nothing ("**" matches every path)\n'
    )


# --- 2. every per-file step linear: scaling tests (input x4 -> time at most x5) -------------

def least_times(*runs: Callable[[], object]) -> list[float]:
    """The least CPU time of each run over three rounds, in seconds.  On a shared machine
    waiting for a core (wall time) is noise, and the runs take turns in each round, so a burst
    of load falls on all of them, not on one; the garbage of the previous run is collected first."""
    least = [float('inf')] * len(runs)
    for _ in range(3):
        for index, run in enumerate(runs):
            gc.collect()
            started = time.process_time()
            run()
            least[index] = min(least[index], time.process_time() - started)
    return least


def assert_linear(shape: str, make: Callable[[int], Any], run: Callable[[Any], object], size: int) -> None:
    """Four times the input may take at most five times as long (a quadratic step takes 16).
    Measured again, twice at most, if not: a burst of load on a shared machine can last all
    three rounds (CI saw x6.6 once for a step that measures x4.0, and x5.3 for one that
    measures x4.1 while other jobs ran)."""
    small, large = make(size), make(4 * size)
    small_time, large_time = least_times(lambda: run(small), lambda: run(large))
    for _ in range(2):
        if large_time <= 5 * small_time:
            break
        small_time, large_time = least_times(lambda: run(small), lambda: run(large))
    print(f'{shape}: n={size} {small_time:.3f} s, n={4 * size} {large_time:.3f} s (CPU), x{large_time / small_time:.1f}')
    assert large_time <= 5 * small_time, (shape, small_time, large_time)


def test_prose_check_is_linear_in_a_long_comment_line() -> None:
    # the hook's fast path on a comment of rule words: each word once, not the line per word
    assert_linear(
        'prose comment', lambda n: b'# ' + b'completion ' * n + b'\n',
        lambda data: prefilter.could_report(data, (catalogue.DEFAULT_TRACKER,)), 40_000,
    )


@pytest.mark.parametrize('shape', [
    pytest.param(lambda n: b'import litellm\n' + b'# acompletion xx\n' * n, id='call-words-in-comments'),
    pytest.param(lambda n: b'import litellm\nx = ' + b'acompletion' * n + b'\n', id='one-long-identifier'),
    # no call word is an attribute: the line before each is read, and only it
    pytest.param(lambda n: b'import litellm\r' + b'y = 1\rresponses = 1\r' * n, id='call-words-on-cr-lines'),
    pytest.param(lambda n: b'\rimport litellm\n' + b'y = 1\nresponses = 1\n' * n, id='call-words-after-one-cr'),
])
def test_an_sdk_s_call_words_are_read_once(shape: Callable[[int], bytes]) -> None:
    # a file importing an SDK is parsed only if it names one of its calls (prefilter.call_words)
    assert_linear('call words', shape, lambda data: prefilter.could_report(data, (catalogue.DEFAULT_TRACKER,)), 20_000)


@pytest.mark.parametrize('shape', [
    pytest.param(lambda n: b'from m import (' + b'from_x, ' * n + b'y)\n', id='from-in-every-name'),
    pytest.param(lambda n: b'import m' + b', importer' * n + b'\n', id='import-in-every-name'),
    pytest.param(lambda n: b'from m import x\n' * n, id='many-statements'),
])
def test_import_statements_are_read_once(shape: Callable[[int], bytes]) -> None:
    # the statement goes on through its keyword inside a longer name: each piece joined once
    assert_linear('import statements', shape, prefilter.imported_names, 20_000)


@pytest.mark.parametrize('shape', [
    pytest.param(lambda n: b'x = name(1) + name.y\n' * n, id='many-reads'),
    pytest.param(lambda n: b'f(' + b'name, ' * n + b')\n', id='one-long-line'),
    pytest.param(lambda n: b'class ' + b' \\\n' * n + b'name: pass\n', id='one-long-continuation'),
    pytest.param(lambda n: (b'\t' * 30 + b'def  name(): pass\n') * n, id='indented-definitions'),
])
def test_a_module_s_bindings_of_a_name_are_read_once(shape: Callable[[int], bytes]) -> None:
    # the project layer reads a name's bindings from a module's bytes before parsing it
    assert_linear('name bindings', shape, lambda data: prefilter.name_bindings(data, b'name'), 20_000)


def test_a_module_s_bytes_are_read_for_a_bounded_number_of_names(tmp_path: Path) -> None:
    # a file calling thousands of names of one large module: past a few, the module is parsed
    from check_llm_usage.project import Project

    def make(n: int) -> tuple[str, list[str]]:
        names = [f'helper_{i}' for i in range(n)]
        path = tmp_path / f'module_{n}.py'
        path.write_text(''.join(f'def {name}():\n    return {name}\n\n\n' for name in names))
        return str(path), names

    def run(module: tuple[str, list[str]]) -> None:
        path, names = module
        layer = Project(str(tmp_path), (), 10 ** 7)
        for name in names:
            layer.definition(path, name)

    assert_linear('names read from one module', make, run, 1_000)


@pytest.mark.parametrize('shape', [
    'star-imports', 'star-imports-of-star-imports', 'of-submodules-their-package-names', 'of-modules-with-getattr',
    'of-packages-star-importing-a-submodule',
])
def test_names_through_many_star_imports_read_only_the_modules_spelling_them(tmp_path: Path, shape: str) -> None:
    # each name looked up in a module of 1,500 star imports read all 1,500 (parsed again once
    # more than the kept 256): 25 s for 20 names; 116 s for 100
    from check_llm_usage import checker

    def make(n: int) -> tuple[Path, int]:
        root = tmp_path / f'repo_{n}'
        star = {
            'star-imports-of-star-imports': 'from empty import *\n',
            'of-modules-with-getattr': 'def __getattr__(name):\n    return None\n',  # tried for every name
        }.get(shape, '')
        package = 'pkg.' if shape == 'of-submodules-their-package-names' else ''
        modules = {f'{package.replace(".", "/")}p{i}.py': f'{star}import openai\nv{i} = {i}\n' for i in range(n)}
        if shape == 'of-packages-star-importing-a-submodule':  # p0/__init__.py: from .sub import *
            modules = {f'p{i}/{name}': text for i in range(n) for name, text in (
                ('__init__.py', 'import openai\nfrom .sub import *\n'), ('sub.py', f'import openai\nv{i} = {i}\n'),
            )}
        put(root, {
            # each module could give an LLM value (it imports an SDK): the project layer reads it
            **modules,
            'pkg/__init__.py': '"""The modules: ' + ', '.join(f'p{i}' for i in range(n)) + '."""\n',
            'empty.py': 'nothing = 0\n',
            'hub.py': ''.join(f'from {package}p{i} import *\n' for i in range(n)),
            'app.py': 'import openai\nfrom hub import *\nclient = openai.OpenAI()\n'
            + ''.join(f'send(x{i}, v{i})\n' for i in range(n)) + 'client.chat.completions.create(model="m", messages=[])\n',
        })
        return root, n

    def run(repository: tuple[Path, int]) -> None:
        root, n = repository
        before = os.getcwd()
        os.chdir(root)
        checker._PROJECTS.clear()  # each run reads the repository afresh
        try:
            findings = checker.check_path('app.py', Options())
        finally:
            os.chdir(before)
        assert [(f.line, f.column, f.code) for f in findings] == [(n + 4, 1, 'LLM002')]

    assert_linear('names through star imports', make, run, 60)


def test_modules_read_count_toward_the_work_budget(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    # reading a module costs steps by its size: no repository makes one file read without end
    write(tmp_path / 'clients.py', 'import openai\nclient = openai.OpenAI()\n' + '# padding\n' * 400)
    write(tmp_path / 'a.py', 'from clients import client\nclient.chat.completions.create(model="m", messages=[])\n')
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr('check_llm_usage.values.MAX_STEPS', 300)  # the module alone is 256 + 4,031 // 32

    assert cli.main(['a.py']) == 1

    assert capsys.readouterr().out.splitlines() == [
        'a.py:1:1: LLM900 file not checked: too complex (over 300 analysis steps)',
        'check-llm-calls: 1 file not checked',
    ]


def test_suppressions_are_matched_by_line() -> None:
    assert_linear(
        'suppression comments',
        lambda n: b'import litellm\n' + b'litellm.completion()  # llm-usage: ignore[LLM001] billed to research\n' * n,
        lambda data: check_source('x.py', data, Options()), 1_000,
    )


def test_binding_lookup_is_linear_in_rebindings_and_uses() -> None:
    # every use of a name re-picked every binding of it: 20,000 of each took 276 s; timed on
    # the parsed tree (CPython's ast.parse itself grows about x5 for x4 at these sizes)
    assert_linear(
        'rebindings and uses',
        lambda n: ast.parse(b'import openai\nc = openai.OpenAI()\n' + b'c = d\n' * n + b'c()\n' * n),
        lambda tree: find_direct_calls(tree, ('llm_tracker.track_llm_call',)), 2_000,
    )


def test_with_items_are_read_once_per_block() -> None:
    # every call in a block checked every item of its with: 20,000 of each took 65 s
    # timed on the parsed tree, as above
    assert_linear(
        'with items around calls',
        lambda n: ast.parse(b'import openai\nwith ' + b', '.join([b'a'] * n) + b':\n' + b'    openai.chat.completions.create()\n' * n),
        lambda tree: find_direct_calls(tree, ('llm_tracker.track_llm_call',)), 1_500,
    )


def test_work_budget_reports_the_file_as_too_complex(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path,
) -> None:
    # the budget counts resolution steps, not seconds: the same file always gets the same answer
    write(tmp_path / 'a.py', 'import openai\n' + 'x = openai.OpenAI()\nx.chat.completions.create()\n' * 30)
    write(tmp_path / 'b.py', CHAT)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr('check_llm_usage.values.MAX_STEPS', 50)

    assert cli.main(['a.py', 'b.py']) == 1

    assert capsys.readouterr().out.splitlines() == [
        'a.py:1:1: LLM900 file not checked: too complex (over 50 analysis steps)',
        chat_finding('b.py'),
        HELP,
        'check-llm-calls: 1 direct LLM call in 1 file, 1 file not checked',
    ]


# --- 8. one bad expression costs only its own call -----------------------------------------

def test_a_deep_tracker_expression_costs_only_its_own_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    deep = 'a' + '.b' * 500 + '.llm_tracker.track_llm_call'  # a tracker by its dotted tail
    write(tmp_path / 'app.py', f'{CHAT}\n\nwith {deep}() as usage_log:\n    pass\n')
    monkeypatch.chdir(tmp_path)

    assert cli.main(['app.py']) == 1

    assert capsys.readouterr().out.splitlines()[:2] == [
        chat_finding('app.py'),
        'app.py:6:6: LLM100 tracker block never sets usage_log.input_tokens and usage_log.output_tokens;'
        " record the token counts from the response's usage, or the call's cost is not tracked",
    ]


def test_a_test_module_deep_in_nested_directories_is_given_its_fixture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    """A repository nesting directories deeper than Python's recursion limit: the
    ``conftest.py`` files above a test module are still found (no recursion per directory)."""
    monkeypatch.chdir(tmp_path)
    depth = sys.getrecursionlimit() + 100
    descriptor = os.open(tmp_path, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir('a', dir_fd=descriptor)
            inner = os.open('a', os.O_RDONLY, dir_fd=descriptor)
            os.close(descriptor)
            descriptor = inner
        for name, text in (
            ('conftest.py', 'import pytest\nfrom openai import OpenAI\n\n@pytest.fixture\ndef client():\n    return OpenAI()\n'),
            ('test_chat.py', 'def test_chat(client):\n    client.chat.completions.create(model="m", messages=[])\n'),
        ):
            with open(os.open(name, os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor), 'w') as f:
                f.write(text)
    finally:
        os.close(descriptor)
    path = '/'.join(['a'] * depth) + '/test_chat.py'
    try:
        assert cli.main(['--format', 'json', path]) == 1

        assert [(f['line'], f['column'], f['code']) for f in json.loads(capsys.readouterr().out)] == [(2, 5, 'LLM002')]
    finally:  # from the bottom up: pytest's own clean-up of tmp_path recurses per directory
        deepest = tmp_path.joinpath(*['a'] * depth)
        for name in ('conftest.py', 'test_chat.py'):
            (deepest / name).unlink()
        for level in range(depth, 0, -1):
            tmp_path.joinpath(*['a'] * level).rmdir()
