"""Hostile input and output faults: one clear line or a normal result, never a traceback or a hang.

Run as a script (``python tests/test_hostile.py``) it prints the table "input kind -> what
the user sees", produced by running the real hook on each input.
"""
from __future__ import annotations

import ast
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import pytest

from check_llm_usage import cli
from check_llm_usage import hook
from check_llm_usage import source
from check_llm_usage import values
from check_llm_usage.checker import Options
from check_llm_usage.checker import check_path
from check_llm_usage.checker import message_for
from check_llm_usage.scopes import ModuleScopes
from check_llm_usage.values import Resolver

CALL = b'openai.chat.completions.create(model="m")'
OLD_PARSER = sys.version_info < (3, 11)
NEVER = 'this check never blocks commits'


def found(where: str, target: str = 'openai.chat.completions.create', code: str = 'LLM002') -> str:
    return f'{where}: {code} {message_for(target)}'


def unchecked(where: str, reason: str) -> str:
    return f'{where}: LLM900 file not checked: {reason}'


def writes(name: str, data: bytes) -> Callable[[Path], str]:
    def make(root: Path) -> str:
        (root / name).write_bytes(data)
        return name
    return make


def symlink(name: str, target: str) -> Callable[[Path], str]:
    def make(root: Path) -> str:
        os.symlink(target, root / name)
        return name
    return make


def fifo(root: Path) -> str:
    os.mkfifo(root / 'fifo.py')
    return 'fifo.py'


def unix_socket(root: Path) -> str:
    # a short relative name: AF_UNIX paths are limited to about 100 bytes
    cwd = os.getcwd()
    os.chdir(root)
    try:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind('socket.py')
        sock.close()
    finally:
        os.chdir(cwd)
    return 'socket.py'


def directory_named_py(root: Path) -> str:
    (root / 'pkg.py').mkdir()
    (root / 'pkg.py' / 'inner.py').write_bytes(b'import openai\n' + CALL + b'\n')
    return 'pkg.py'


def big(root: Path) -> str:
    (root / 'big.py').write_bytes(b'import openai\n' + b'x = 1\n' * (cli.DEFAULT_MAX_FILE_SIZE // 6))
    return 'big.py'


class Case(NamedTuple):
    """One hostile input: how to make it, and the lines the user sees for it."""

    kind: str
    make: Callable[[Path], str]
    lines: list[str]


DEEP_CHAIN = b'import openai; openai.completions.create\nx = a' + b'.b' * 200_000 + b'\n'
# 400 wrappers, each handing every attribute to the one before (a __getattr__ each): deeper than
# Python's recursion limit once a hop was no step deeper
WRAPPERS = b'import openai\nclass W0:\n    inner = openai.OpenAI()\n' + b''.join(
    b'class W%d:\n    inner = W%d()\n    def __getattr__(self, name):\n        return getattr(self.inner, name)\n' % (i, i - 1)
    for i in range(1, 400)
) + b'W399().chat.completions.create(model="m")\n'
# 60 wrappers handing each attribute on in two places: 2 ** 60 ways through, unless each
# wrapper's answer for a name is kept (it took the step budget, 5 s, to LLM900)
BRANCHING_WRAPPERS = b'import openai\nclass W0:\n    inner = openai.OpenAI()\n' + b''.join(
    b'class W%d:\n    inner = W%d()\n    def __getattr__(self, name):\n        if name:\n'
    b'            return getattr(self.inner, name)\n        return getattr(self.inner, name)\n' % (i, i - 1)
    for i in range(1, 60)
) + b'W59().chat.completions.create(model="m")\n'
# a URL doubled 60 times over (2**60 characters): its end is read, not the whole text
DOUBLED_URL = b'import requests\nu0 = "/v1"\n' + b''.join(
    b'u%d = u%d + u%d\n' % (i, i - 1, i - 1) for i in range(1, 61)
) + b'requests.post(u60 + "/models")\nrequests.post(u60 + "/chat/completions")\n'
# an LLM API's URL doubled as often as the analysis follows names (2**19 times): read only as
# far as a URL's start matters, not as 18 MB (ten such URLs, 6 KB of source, took 644 MB)
DOUBLED_LLM_URL = b'import requests\nu0 = "https://api.openai.com/v1/"\n' + b''.join(
    b'u%d = u%d + u%d\n' % (i, i - 1, i - 1) for i in range(1, 20)
) + b'requests.post(u19)\n'
# 60 functions each returning the one before it twice over (2**60 characters): each call's end is read once
DOUBLED_URL_HELPERS = b'import requests\ndef u0():\n    return "/v1"\n' + b''.join(
    b'def u%d():\n    return u%d() + u%d()\n' % (i, i - 1, i - 1) for i in range(1, 61)
) + b'requests.post(u60() + "/chat/completions")\n'
# 20 functions each passing their dict of clients on twice: 2**20 ways back to it, unless
# each parameter is read once
DOUBLED_CALLERS = b'import anthropic\ndef f0(c):\n    c["a"].messages.create(max_tokens=1, messages=[])\n' + b''.join(
    b'def f%d(c):\n    f%d(c)\n    f%d(c)\n' % (i, i - 1, i - 1) for i in range(1, 21)
) + b'f20({"a": anthropic.Anthropic()})\n'
# a URL's end built by 2,500 additions, by 3,000 names each the one before, or by 3,000
# functions each returning the next: read without recursing once per step
LONG_CONCATENATION = b'import requests\nrequests.post(' + b' + '.join(
    b'P%d' % i for i in range(2500)
) + b' + "/v1/chat/completions", json=b)\n'
NAME_CHAIN = b'import requests\nu0 = BASE\n' + b''.join(
    b'u%d = u%d\n' % (i, i - 1) for i in range(1, 3000)
) + b'requests.post(u2999 + "/v1/chat/completions")\n'
FUNCTION_CHAIN = b'import requests\ndef f3000():\n    return BASE + "/v1/chat/completions"\n' + b''.join(
    b'def f%d():\n    return f%d()\n' % (i, i + 1) for i in range(2999, -1, -1)
) + b'requests.post(f0())\n'
# a store of what the function storing it returns: the dict kept there is looked for once
STORED_CYCLE = (
    b'import anthropic\nKEY = "k"\ndef ensure(bot):\n    bot.memory[KEY] = ensure(bot)\n    return bot.memory[KEY]\n'
    b'ensure(b)["anthropic"].messages.create(model="m", max_tokens=9, messages=[])\n'
)
CASES = [
    Case('syntax error', writes('syntax.py', b'import openai; openai.completions.create\ndef f(:\n'),
         [unchecked('syntax.py:2:7', 'syntax error: invalid syntax')]),
    Case('syntax error, no LLM SDK mentioned', writes('syntax_plain.py', b'def f(:\n'), []),
    Case('NUL bytes', writes('nul.py', b'import openai\n' + CALL + b'\x00\n'),
         [unchecked('nul.py:1:1', 'contains NUL bytes')]),
    Case('random binary named .py', writes('binary.py', bytes(range(256)) * 4), []),
    Case('binary that mentions an SDK', writes('binary_sdk.py', bytes(range(256)) + b'import openai; openai.completions.create' + bytes(range(256))),
         [unchecked('binary_sdk.py:1:1', 'contains NUL bytes')]),
    Case('PEP 263 latin-1', writes('latin1.py', b'# -*- coding: latin-1 -*-\nimport openai\nx = "\xe9\xe8"; ' + CALL + b'\n'),
         [found('latin1.py:3:11')]),
    Case('PEP 263 cp1252', writes('cp1252.py', b'# coding: cp1252\nimport openai\nx = "\x80\x93"; ' + CALL + b'\n'),
         [found('cp1252.py:3:11')]),
    Case('unknown encoding cookie', writes('klingon.py', b'# coding: klingon\nimport openai\n' + CALL + b'\n'),
         [unchecked('klingon.py:1:1', 'syntax error: unknown encoding: klingon')]),
    Case('UTF-8 BOM', writes('bom.py', b'\xef\xbb\xbfimport openai; x = "\xc3\xa9"; ' + CALL + b'\n'),
         [found('bom.py:1:25')]),
    Case('CRLF line endings', writes('crlf.py', b'import openai\r\n\r\n' + CALL + b'\r\n'), [found('crlf.py:3:1')]),
    Case('mixed line endings', writes('mixed.py', b'import openai\r\n\rx = 1\n' + CALL + b'\r'), [found('mixed.py:4:1')]),
    Case('invalid UTF-8, no cookie', writes('badutf8.py', b'import openai; openai.completions.create\nx = "\xff"\n'),
         [unchecked('badutf8.py:2:1', "syntax error: (unicode error) 'utf-8' codec can't decode byte 0xff: invalid start byte")]),
    Case('invalid UTF-8 in a comment only', writes('badutf8_comment.py', b'import openai\n# caf\xe9\n' + CALL + b'\n'),
         [found('badutf8_comment.py:3:1')]),
    Case('deep enough to break the parser (unary)', writes('deep_unary.py', b'import openai; openai.completions.create\nx = ' + b'-' * 100_000 + b'a\n'),
         [unchecked('deep_unary.py:1:1', 'too deeply nested for the Python parser')]),
    Case('deep enough to break the parser (chain)', writes('deep_chain.py', DEEP_CHAIN),
         [unchecked('deep_chain.py:1:1', 'too deeply nested for the Python parser')]),
    Case('deep enough to break a recursive visitor', writes('deep_visitor.py', b'import openai\nx = ' + CALL + b' + a' * 1500 + b'\n'),
         [found('deep_visitor.py:2:5')]),
    Case('deep call target (recursive ast.unparse)', writes('deep_target.py', b'x = (' + b' + '.join([b'a'] * 1500) + b').chat.completions.create()\n'),
         [found('deep_target.py:1:5', '(...).chat.completions.create')]),
    Case('invalid escape sequence (warns while parsing)', writes('escape.py', b'import openai\nx = "\\d"\n' + CALL + b'\n'),
         [found('escape.py:3:1')]),
    Case('a chain of __getattr__ wrappers', writes('wrappers.py', WRAPPERS),
         [found('wrappers.py:1600:1', 'W399().chat.completions.create')]),
    Case('__getattr__ wrappers branching', writes('branching.py', BRANCHING_WRAPPERS),
         [found('branching.py:358:1', 'W59().chat.completions.create')]),
    Case('deep string annotation', writes('deep_annotation.py', b'import openai\nclient: "a' + b'.b' * 30_000 + b'"\nclient.chat.completions.create()\n'),
         [found('deep_annotation.py:3:1', 'client.chat.completions.create')]),
    Case('a URL doubled until it is too long to build', writes('doubled.py', DOUBLED_URL),
         [found('doubled.py:64:1', 'requests.post', 'LLM020')]),
    Case("an LLM API's URL doubled as far as names are followed", writes('doubled_llm_url.py', DOUBLED_LLM_URL),
         [found('doubled_llm_url.py:22:1', 'requests.post', 'LLM020')]),
    Case('URL helpers doubled until the URL is too long to build', writes('doubled_helpers.py', DOUBLED_URL_HELPERS),
         [found('doubled_helpers.py:124:1', 'requests.post', 'LLM020')]),
    Case('a dict of clients passed on by callers doubling', writes('doubled_callers.py', DOUBLED_CALLERS),
         [found('doubled_callers.py:3:5', "c['a'].messages.create", 'LLM003')]),
    Case("an LLM API's path after 2,500 additions", writes('long_concatenation.py', LONG_CONCATENATION),
         [found('long_concatenation.py:2:1', 'requests.post', 'LLM020')]),
    Case("an LLM API's path after 3,000 names", writes('name_chain.py', NAME_CHAIN),
         [found('name_chain.py:3002:1', 'requests.post', 'LLM020')]),
    Case('a URL returned through 3,000 functions (unknown past the depth names are followed)',
         writes('function_chain.py', FUNCTION_CHAIN), []),
    Case('a store of what the function storing it returns', writes('stored_cycle.py', STORED_CYCLE),
         [found('stored_cycle.py:6:1', "ensure(b)['anthropic'].messages.create", 'LLM003')]),
    Case('empty file', writes('empty.py', b''), []),
    Case('file over --max-file-size', big,
         [unchecked('big.py:1:1', f'{14 + 6 * (cli.DEFAULT_MAX_FILE_SIZE // 6)} bytes, over the --max-file-size limit of {cli.DEFAULT_MAX_FILE_SIZE}')]),
    Case('path that does not exist', lambda root: 'missing.py',
         [unchecked('missing.py:1:1', 'cannot read it (No such file or directory)')]),
    Case('directory passed as a file', directory_named_py, [found('pkg.py/inner.py:2:1')]),
    Case('FIFO', fifo, [unchecked('fifo.py:1:1', 'cannot read it (it is a FIFO)')]),
    Case('socket', unix_socket, [unchecked('socket.py:1:1', 'cannot read it (it is a socket)')]),
    Case('device', lambda root: '/dev/null', [unchecked('/dev/null:1:1', 'cannot read it (it is a device)')]),
    Case('symlink to a device', symlink('zero.py', '/dev/zero'), [unchecked('zero.py:1:1', 'cannot read it (it is a device)')]),
    Case('dangling symlink', symlink('dangling.py', 'nowhere.py'), [unchecked('dangling.py:1:1', 'cannot read it (broken symbolic link)')]),
    Case('symlink loop', symlink('loop.py', 'loop.py'), [unchecked('loop.py:1:1', 'cannot read it (Too many levels of symbolic links)')]),
    Case('path with spaces', writes('with space.py', b'import openai\n' + CALL + b'\n'), [found('with space.py:2:1')]),
    Case('path with unicode', writes('ünïcödé_変数.py', b'import openai\n' + CALL + b'\n'), [found('ünïcödé_変数.py:2:1')]),
    Case('path with a newline', writes('new\nline.py', b'import openai\n' + CALL + b'\n'), [found('new\\nline.py:2:1')]),
    Case('path with an escape sequence', writes('\x1b[31mred.py', b'import openai\n' + CALL + b'\n'), [found('\\x1b[31mred.py:2:1')]),
]
if sys.platform != 'darwin':  # macOS refuses file names that are not UTF-8
    CASES.append(Case('path that is not UTF-8', writes(os.fsdecode(b'caf\xe9.py'), b'import openai\n' + CALL + b'\n'),
                      [found('caf\\xe9.py:2:1')]))
PARAMS = [pytest.param(case, id=case.kind) for case in CASES]
# each entry point as ``python -m``, with its exit code when there are findings
ENTRY_POINTS = [
    pytest.param('check_llm_usage', 1, id='check-llm-calls'),
    pytest.param('check_llm_usage.hook', 0, id='check-llm-usage'),
]


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def summary(lines: list[str], warn_only: bool) -> list[str]:
    calls = [line for line in lines if ' LLM900 ' not in line]
    unchecked_files = len(lines) - len(calls)
    parts = []
    if calls:
        parts.append(f'{len(calls)} direct LLM call{"s" * (len(calls) != 1)} in {len(calls)} file{"s" * (len(calls) != 1)}')
    if unchecked_files:
        parts.append(f'{unchecked_files} file{"s" * (unchecked_files != 1)} not checked')
    suffix = f' (warning only: {NEVER})' if warn_only else ''
    advice = [
        'help: use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call() '
        f'(check-llm-calls --explain {re.search(r" (LLM[0-9]+) ", calls[0]).group(1)})'
    ] if calls else []
    return [*advice, f'{"check-llm-usage" if warn_only else "check-llm-calls"}: {", ".join(parts)}{suffix}'] if parts else []


@pytest.mark.parametrize('case', PARAMS)
def test_checker(here: Path, case: Case, capsys: pytest.CaptureFixture[str]) -> None:
    argument = case.make(here)
    assert cli.main([argument]) == (1 if case.lines else 0)
    assert capsys.readouterr() == ('\n'.join(case.lines + summary(case.lines, False) + ['']) if case.lines else '', '')


@pytest.mark.parametrize('case', PARAMS)
def test_hook(here: Path, case: Case, capsys: pytest.CaptureFixture[str]) -> None:
    argument = case.make(here)
    assert hook.main([argument]) == 0
    assert capsys.readouterr().out.splitlines() == case.lines + summary(case.lines, True)


@pytest.fixture(scope='module')
def hostile_tree() -> tuple[Path, list[str], list[str]]:
    """Every hostile input in one directory, plus a plain violating file checked after them."""
    root = Path(tempfile.mkdtemp())
    arguments = [case.make(root) for case in CASES]
    (root / 'zz_plain.py').write_bytes(b'import openai\n' + CALL + b'\n')
    lines = sorted([*(line for case in CASES for line in case.lines), found('zz_plain.py:2:1')])
    return root, [*arguments, 'zz_plain.py'], lines


def run(root: Path, *command: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, 'PYTHONDONTWRITEBYTECODE': '1', **kwargs.pop('env', {})}  # type: ignore[dict-item]
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=120, env=env, **kwargs)  # type: ignore[call-overload]


@pytest.mark.parametrize(('module', 'code'), ENTRY_POINTS)
def test_all_hostile_inputs_in_one_run(hostile_tree: tuple[Path, list[str], list[str]], module: str, code: int) -> None:
    root, arguments, lines = hostile_tree
    result = run(root, sys.executable, '-m', module, *arguments)
    assert (result.returncode, result.stderr) == (code, '')
    out = result.stdout.splitlines()
    assert sorted(out[:-2]) == lines
    assert out[-2:] == summary(lines, warn_only=code == 0)


def test_path_vanishes_between_listing_and_reading(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (here / 'src').mkdir()
    (here / 'src' / 'gone.py').write_bytes(b'import openai\n' + CALL + b'\n')
    from check_llm_usage import files
    listed = files.collect(['src'])
    (here / 'src' / 'gone.py').unlink()
    assert [check_path(path, Options()) for path in listed] == [[
        check_path('src/gone.py', Options())[0],
    ]]
    assert check_path('src/gone.py', Options())[0].message == 'file not checked: cannot read it (No such file or directory)'


@pytest.mark.parametrize(('size', 'limit', 'read'), [(1, 20_000, 10_000), (1, 5_000, 5_000), (10_001, 20_000, 10_000)])
def test_a_file_longer_than_its_size_when_stat_ed_is_read_to_its_end_or_the_limit(size: int, limit: int, read: int) -> None:
    """A file that grows after its ``stat`` (a pipe here, 10,000 bytes) is read to its end, or
    to the limit, asking for ``size`` bytes first and then twice as many as read each time."""
    reader, writer = os.pipe()
    os.write(writer, bytes(range(100)) * 100)
    os.close(writer)
    try:
        assert source._read(reader, size, limit) == (bytes(range(100)) * 100)[:read]
    finally:
        os.close(reader)


def test_max_file_size_flag(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (here / 'a.py').write_bytes(b'import openai\n' + CALL + b'\n')
    assert cli.main(['--max-file-size', '20', 'a.py']) == 1
    assert capsys.readouterr().out.splitlines()[0] == unchecked('a.py:1:1', '56 bytes, over the --max-file-size limit of 20')
    assert cli.main(['--max-file-size', '56', 'a.py']) == 1
    assert capsys.readouterr().out.splitlines()[0] == found('a.py:2:1')


@pytest.mark.parametrize('value', ['-1', 'ten', '1.5'])
def test_max_file_size_must_be_a_byte_count(value: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(['--max-file-size', value, 'a.py'])
    assert exc.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == (
        f"check-llm-calls: error: argument --max-file-size: '{value}' is not a number of bytes"
    )
    assert hook.main(['--max-file-size', value, 'a.py']) == 0
    assert capsys.readouterr().out == f'check-llm-usage: invalid arguments, nothing checked ({NEVER})\n'


@pytest.mark.parametrize('flag', ['--version', '--help'])
def test_hook_help_and_version_are_not_errors(flag: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert hook.main([flag]) == 0
    assert 'invalid arguments' not in capsys.readouterr().out



@pytest.mark.parametrize(('make', 'shown'), [
    pytest.param(
        lambda root: (root / 'pyproject.toml').write_text('[tool.check-llm-usage\nselect = [\n'),
        "pyproject.toml: invalid TOML: Expected ']' at the end of a table declaration (at line 1, column 22)",
        id='invalid-toml',
    ),
    pytest.param(
        lambda root: (root / 'pyproject.toml').write_text('[tool.check-llm-usage]\nselect = 5\n'),
        "pyproject.toml: [tool.check-llm-usage] 'select' must be a list of strings, not an integer",
        id='wrong-type',
    ),
    pytest.param(lambda root: (root / 'pyproject.toml').write_bytes(b'\xff\xfe[tool'), None, id='binary'),
    pytest.param(lambda root: (root / 'pyproject.toml').mkdir(), None, id='directory'),
])
@pytest.mark.parametrize(('module', 'code'), ENTRY_POINTS)
def test_invalid_pyproject(here: Path, make: Callable[[Path], object], shown: str | None, module: str, code: int) -> None:
    (here / 'a.py').write_bytes(b'import openai\n' + CALL + b'\n')
    make(here)
    result = run(here, sys.executable, '-m', module, 'a.py')
    if shown is None:  # not a config for us: the file is checked as usual
        assert (result.returncode, result.stderr, result.stdout.splitlines()[0]) == (code, '', found('a.py:2:1'))
    elif code:
        assert (result.returncode, result.stdout, result.stderr) == (2, '', f'check-llm-calls: error: {shown}\n')
    else:
        assert (result.returncode, result.stdout) == (0, '')
        assert result.stderr == f'check-llm-usage: error: {shown} (nothing checked; {NEVER})\n'


# -- output faults -------------------------------------------------------------------------

@pytest.fixture
def many(tmp_path: Path) -> Path:
    """Enough findings (about 400 KB of output) to overflow any pipe buffer."""
    for n in range(300):
        (tmp_path / f'm{n:03}.py').write_bytes(b'import openai\n' + (CALL + b'\n') * 10)
    return tmp_path


@pytest.mark.parametrize(('module', 'code'), ENTRY_POINTS)
def test_stdout_closed_early_ends_quietly(many: Path, module: str, code: int) -> None:
    process = subprocess.Popen(
        (sys.executable, '-m', module, '.'), cwd=many, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, 'PYTHONDONTWRITEBYTECODE': '1'},
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # what ``| head -1`` does
    assert process.wait(timeout=120) == code
    assert first.startswith(b'./m000.py:2:1: LLM002 ')
    assert process.stderr.read() == b''


def test_a_doubled_url_is_read_as_far_as_its_start_matters() -> None:
    tree = ast.parse(DOUBLED_LLM_URL)
    module = ModuleScopes(tree)
    post = module.calls[-1]
    text, whole = Resolver(module).literal(post.node.args[0], post.scope)
    assert (text[:26], len(text), whole) == ('https://api.openai.com/v1/', 4096, False)


@pytest.mark.parametrize(('store', 'read'), [
    pytest.param('    st.session_state["k{i}"] = OpenAI()', '    st.session_state["k{i}"]', id='a-session-store'),
    pytest.param('    ctx["k{i}"] = OpenAI()', '    ctx["k{i}"]', id='a-start-up-hook-s-ctx'),
])
def test_keyed_stores_are_read_once_not_per_lookup(
    here: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], store: str, read: str,
) -> None:
    # 2,000 clients stored by key, 200 of them read: each lookup is one step, not one per store
    lines = ['import streamlit as st', 'from openai import OpenAI', 'async def startup(ctx):']
    lines += [store.format(i=i) for i in range(2000)]
    lines += ['async def task(ctx):'] + [read.format(i=i) + '.chat.completions.create(model="m")' for i in range(0, 2000, 10)]
    (here / 'stores.py').write_text('\n'.join(lines) + '\n')
    keys = []
    key = Resolver._key
    monkeypatch.setattr(Resolver, '_key', lambda self, *a: keys.append(1) or key(self, *a))
    assert cli.main(['-q', 'stores.py']) == 1
    out = capsys.readouterr().out.splitlines()
    assert (len(out), [line for line in out if ' LLM900 ' in line]) == (200, [])
    assert len(keys) < 2000


def test_a_block_s_lines_are_read_once_not_per_call(here: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    # 2,000 calls on a client that may be either of two, in one block: telling which is a
    # bisection of the block's first lines, listed once (per call, the file was quadratic)
    lines = ['import openai', 'def f(flag):']
    lines += ['    client = openai.OpenAI(base_url="https://api.groq.com/openai/v1") if flag else openai.OpenAI(base_url="https://api.x.ai/v1")']
    lines += ['    client.chat.completions.create(model="m", messages=[])'] * 2000
    (here / 'many.py').write_text('\n'.join(lines) + '\n')
    from check_llm_usage import scopes

    listed: list[list[int]] = []  # kept, so that no list's id is reused
    bisect_right = scopes.bisect.bisect_right
    monkeypatch.setattr(scopes.bisect, 'bisect_right', lambda starts, line: listed.append(starts) or bisect_right(starts, line))
    assert cli.main(['-q', 'many.py']) == 1
    assert len(capsys.readouterr().out.splitlines()) == 2000
    assert len({id(starts) for starts in listed}) < 10


N = 1500  # stores or bindings, and as many lookups: quadratic work is millions of items
_MANY_CASES = [
    pytest.param(  # a name bound to 3,000 clients, called after each binding
        ['from openai import OpenAI', 'from anthropic import Anthropic', 'c = OpenAI()']
        + [f'c = Anthropic() if {i} % 2 else OpenAI()\nc.messages.create(model="m")' for i in range(N)],
        'matching', '_provider_of', id='clients-a-name-may-be',
    ),
    pytest.param(  # a module's dict filled by key in as many functions, read by key
        ['from openai import OpenAI', 'REG = {}'] + [f'def reg{i}():\n    REG["k{i}"] = OpenAI()' for i in range(N)]
        + [f'REG["k{i}"].chat.completions.create(model="m")' for i in range(N)],
        'values.Resolver', '_key', id='keys-a-module-stores',
    ),
    pytest.param(  # an instance's dict filled by key in __init__, read by an unknown key
        ['from openai import OpenAI', 'class H:', '    def __init__(self):', '        self.d = {}']
        + [f'        self.d["k{i}"] = OpenAI()' for i in range(N)]
        + ['    def go(self, k):'] + [f'        self.d[k].chat.completions.create(model="m{i}")' for i in range(N)],
        'values.Resolver', '_attr_stores', id='keys-an-instance-stores',
    ),
    pytest.param(  # an svcs registry of one type registered as many times, located as often
        ['import svcs', 'from openai import OpenAI', 'registry = svcs.Registry()']
        + ['registry.register_value(OpenAI, OpenAI())'] * N
        + ['def view(request):'] + ['    svcs.flask.get(OpenAI).chat.completions.create(model="m")'] * N,
        'scopes.ModuleScopes', 'called', id='services-registered',
    ),
    pytest.param(  # as many functions, each handed to an executor with a client
        ['import anthropic', 'from concurrent.futures import ThreadPoolExecutor', 'pool = ThreadPoolExecutor()']
        + [f'def f{i}(client):\n    return client.messages.create(model="m", max_tokens=9, messages=[])' for i in range(N)]
        + [f'pool.submit(f{i}, anthropic.Anthropic())' for i in range(N)],
        'values', '_handed', id='functions-handed-off',
    ),
]


@pytest.mark.parametrize(('lines', 'where', 'function'), _MANY_CASES)
def test_what_many_lookups_share_is_read_once(
    here: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], lines: list[str], where: str,
    function: str,
) -> None:
    # each lookup reads its entry from what was listed once: the items read grow with the
    # lookups, not with their square (each of these files took seconds to minutes)
    (here / 'many.py').write_text('\n'.join(lines) + '\n')
    import importlib

    module, _, name = where.partition('.')
    owner = importlib.import_module(f'check_llm_usage.{module}')
    owner = getattr(owner, name) if name else owner
    original = getattr(owner, function)
    read = [0]
    kept: list[object] = []  # what each call returned, kept: no id is reused

    class Counted(list):  # type: ignore[type-arg]
        def __iter__(self):  # type: ignore[no-untyped-def]
            for item in list.__iter__(self):
                read[0] += 1
                yield item

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        found = original(*args, **kwargs)
        read[0] += 1
        if function == 'called':
            return Counted(found)
        if function == '_attr_stores':  # the stores listed: each new list is read whole
            stores = found[0] if type(found) is tuple else found
            if all(stores is not k for k in kept):
                read[0] += len(stores)
                kept.append(stores)
        return found

    monkeypatch.setattr(owner, function, counted)
    assert cli.main(['-q', 'many.py']) == 1
    assert len(capsys.readouterr().out.splitlines()) == N
    assert read[0] < 20 * N


def test_a_deep_hierarchy_is_looked_up_in_its_nearest_classes(
    here: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    # each class the base of the next, each calling on an attribute the first sets: a lookup
    # walks at most values._MRO_CLASSES classes (each walked all below it: 1.1 M classes here,
    # and a file of 4,000 classes took 10 s)
    lines = ['from openai import OpenAI', 'class C0:', '    def __init__(self):', '        self.c = OpenAI()']
    lines += [f'class C{i + 1}(C{i}):\n    def m{i}(self):\n        return self.c.chat.completions.create(model="m")' for i in range(N)]
    (here / 'deep.py').write_text('\n'.join(lines) + '\n')
    original = values.Resolver._own_attribute
    walked = [0]

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        walked[0] += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(values.Resolver, '_own_attribute', counted)
    assert cli.main(['-q', 'deep.py']) == 1
    assert len(capsys.readouterr().out.splitlines()) == N
    assert walked[0] < (values._MRO_CLASSES + 1) * N


def test_python_warnings_as_errors(here: Path) -> None:
    (here / 'escape.py').write_bytes(b'import openai\nx = "\\d"\n' + CALL + b'\n')
    result = run(here, sys.executable, '-W', 'error', '-m', 'check_llm_usage', 'escape.py')
    assert (result.returncode, result.stderr, result.stdout.splitlines()[0]) == (1, '', found('escape.py:3:1'))


@pytest.mark.parametrize(('module', 'code'), ENTRY_POINTS)
def test_stdout_that_cannot_encode_a_path(here: Path, module: str, code: int) -> None:
    (here / 'é.py').write_bytes(b'import openai\n' + CALL + b'\n')
    result = run(here, sys.executable, '-m', module, 'é.py', env={'PYTHONIOENCODING': 'ascii'})
    assert (result.returncode, result.stderr) == (code, '')
    assert result.stdout.splitlines()[0] == found('\\xe9.py:2:1')


@pytest.mark.parametrize(('module', 'code'), [
    pytest.param('check_llm_usage', 130, id='check-llm-calls'),
    pytest.param('check_llm_usage.hook', 0, id='check-llm-usage'),
])
def test_ctrl_c_exits_quietly(tmp_path: Path, module: str, code: int) -> None:
    for n in range(400):  # a tree that takes seconds to check
        (tmp_path / f'f{n:03}.py').write_bytes(b'import openai\n' + b'x = a.b.c(d)[e]\n' * 3000 + CALL + b'\n')
    process = subprocess.Popen(
        (sys.executable, '-m', module, '.'), cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env={**os.environ, 'PYTHONDONTWRITEBYTECODE': '1'},
    )
    time.sleep(1.5)  # past start-up: the interrupt lands while files are being checked
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=120)
    assert (process.returncode, out, err) == (code, b'', b'')


if __name__ == '__main__':
    with tempfile.TemporaryDirectory() as directory:
        print('| input kind | what the user sees (`check-llm-usage`, exit code) |')
        print('|---|---|')
        for case in CASES:
            root = Path(directory, str(CASES.index(case)))
            root.mkdir()
            result = run(root, sys.executable, '-m', 'check_llm_usage.hook', case.make(root))
            shown = result.stdout.strip().replace('\n', ' ⏎ ') or '(nothing)'
            if result.stderr:
                shown += f' / stderr: {result.stderr.strip()}'
            print(f'| {case.kind} | `{shown}` (exit {result.returncode}) |')
