"""The two entry points: exit codes, output, file discovery and the skip list."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from check_llm_usage import cli
from check_llm_usage import hook
from check_llm_usage import report

VIOLATION = 'import litellm\n\n\ndef ask(messages):\n    return litellm.completion(model="m", messages=messages)\n'
MESSAGE = 'direct litellm.completion() call bypasses LLM usage tracking'
HELP = (
    'help: use multi_model_service.generate_response() or wrap the call in '
    'llm_tracker.track_llm_call() (check-llm-calls --explain LLM001)'
)


def write(path: Path, text: str, mode: int = 0o644) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    path.chmod(mode)
    return path


def test_clean_file_prints_nothing(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'ok.py', 'print("hi")\n')
    assert cli.main(['ok.py']) == 0
    assert capsys.readouterr() == ('', '')


def test_findings_exit_1_with_summary(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'app' / 'chat.py', VIOLATION)
    assert cli.main(['app/chat.py']) == 1
    assert capsys.readouterr().out == (
        f'app/chat.py:5:12: LLM001 {MESSAGE}\n'
        f'{HELP}\n'
        'check-llm-calls: 1 direct LLM call in 1 file\n'
    )


def test_hook_warns_and_exits_0(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'a.py', VIOLATION)
    write(project / 'b.py', VIOLATION)
    assert hook.main(['b.py', 'a.py']) == 0
    assert capsys.readouterr().out == (
        f'a.py:5:12: LLM001 {MESSAGE}\n'
        f'b.py:5:12: LLM001 {MESSAGE}\n'
        f'{HELP}\n'
        'check-llm-usage: 2 direct LLM calls in 2 files (warning only: this check never blocks commits)\n'
    )


def test_json_format(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'a.py', VIOLATION)
    assert cli.main(['--format', 'json', 'a.py']) == 1
    assert json.loads(capsys.readouterr().out) == [{
        'path': 'a.py', 'line': 5, 'column': 12, 'code': 'LLM001',
        'message': MESSAGE, 'target': 'litellm.completion',
        'help': 'use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call()',
    }]


def test_json_format_clean_is_empty_array(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'ok.py', 'x = 1\n')
    assert cli.main(['--format', 'json', 'ok.py']) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(['--format', 'xml'])
    assert exc.value.code == 2
    assert hook.main(['--format', 'xml']) == 0
    out = capsys.readouterr().out
    assert out == 'check-llm-usage: invalid arguments, nothing checked (this check never blocks commits)\n'


def test_hook_survives_internal_error(project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError('boom')

    write(project / 'a.py', VIOLATION)
    monkeypatch.setattr(report, 'text', broken)
    assert hook.main(['a.py']) == 0
    assert capsys.readouterr().out == (
        'check-llm-usage: internal error: RuntimeError: boom (this check never blocks commits)\n'
    )


def test_unparsable_file_is_reported_and_others_checked(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'bad.py', 'import litellm; litellm.completion\ndef f(:\n')
    write(project / 'good.py', VIOLATION)
    write(project / 'unrelated.py', 'def f(:\n')
    assert cli.main(['bad.py', 'good.py', 'unrelated.py']) == 1
    assert capsys.readouterr().out == (
        'bad.py:2:7: LLM900 file not checked: syntax error: invalid syntax\n'
        f'good.py:5:12: LLM001 {MESSAGE}\n'
        f'{HELP}\n'
        'check-llm-calls: 1 direct LLM call in 1 file, 1 file not checked\n'
    )


def test_missing_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert hook.main(['gone.py']) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        'gone.py:1:1: LLM900 file not checked: cannot read it (No such file or directory)'
    )


def test_no_arguments_checks_git_python_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'tracked.py', VIOLATION)
    write(project / 'script', '#!/usr/bin/env python3\n' + VIOLATION, 0o755)
    write(project / 'not_executable', '#!/usr/bin/env python3\n' + VIOLATION)
    write(project / 'notes.txt', 'litellm.completion(model="m")\n')
    write(project / 'untracked.py', VIOLATION)
    subprocess.run(('git', 'add', 'tracked.py', 'script', 'not_executable', 'notes.txt'), check=True)
    assert cli.main([]) == 1
    out = capsys.readouterr().out.splitlines()
    assert [line.split(': ')[0] for line in out] == ['script:6:12', 'tracked.py:5:12', 'help', 'check-llm-calls']


def test_no_arguments_outside_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv('GIT_CEILING_DIRECTORIES', str(tmp_path.parent))
    assert cli.main([]) == 2
    assert capsys.readouterr().err == (
        'check-llm-calls: error: not inside a git repository; pass files or directories to check\n'
    )


def test_directory_argument_walks_python_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'src' / 'a.py', VIOLATION)
    write(project / 'src' / 'pkg' / 'b.py', VIOLATION)
    write(project / 'src' / 'readme.md', VIOLATION)
    write(project / 'src' / '.hidden' / 'c.py', VIOLATION)
    write(project / 'src' / 'venv' / 'pyvenv.cfg', '')
    write(project / 'src' / 'venv' / 'lib' / 'd.py', VIOLATION)
    assert cli.main(['src']) == 1
    paths = [line.split(':')[0] for line in capsys.readouterr().out.splitlines()[:-2]]
    assert paths == ['src/a.py', 'src/pkg/b.py']


def test_a_walk_selects_what_identify_tags_python(project: Path) -> None:
    """The walk decides from names where identify would: the same files as ``tags_from_path``."""
    from identify.identify import tags_from_path

    from check_llm_usage import files

    write(project / 'src' / 'a.py', 'x = 1\n')
    write(project / 'src' / 'B.PY', 'x = 1\n')
    write(project / 'src' / 'stub.pyi', 'x: int\n')
    write(project / 'src' / 'tool', '#!/usr/bin/env python3\nx = 1\n', mode=0o755)
    write(project / 'src' / 'not_run', '#!/usr/bin/env python3\nx = 1\n')
    write(project / 'src' / 'sh_tool', '#!/bin/sh\ntrue\n', mode=0o755)
    write(project / 'src' / 'setup.cfg', '[x]\n')
    write(project / 'src' / 'notes.txt', 'x\n')
    write(project / 'src' / 'data.py.orig', 'x = 1\n')
    write(project / 'src' / 'pkg' / 'c.py', 'x = 1\n')
    (project / 'src' / 'dir.py').mkdir()
    (project / 'src' / 'link.py').symlink_to('a.py')
    (project / 'src' / 'pkglink').symlink_to('pkg')
    os.mkfifo(project / 'src' / 'fifo.py')
    every = sorted(str(p) for p in (project / 'src').rglob('*') if not p.is_dir() or p.is_symlink())
    expected = [p for p in every if 'python' in tags_from_path(p)]
    assert sorted(files.collect([str(project / 'src')], respect_gitignore=False)) == expected
    # git lists no FIFOs (it cannot track one); otherwise the same files
    assert sorted(files.collect([str(project / 'src')])) == [p for p in expected if not p.endswith('fifo.py')]
    assert [os.path.relpath(p, project / 'src') for p in expected] == [
        'B.PY', 'a.py', 'fifo.py', 'pkg/c.py', 'tool',
    ]


@pytest.mark.parametrize(
    'path',
    [
        'app/services/llm_usage_tracker.py',
        'app/services/multi_model_service.py',
        'tests/test_chat.py',
        'backend/tests/unit/test_chat.py',
        'alembic/versions/0001_init.py',
        'scripts/check_llm_calls.py',
        'backend/app/services/multi_model_service.py',
    ],
)
def test_skip_list_applies_to_explicit_paths(project: Path, path: str, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / path, VIOLATION)
    assert cli.main([path]) == 0
    assert capsys.readouterr().out == ''


@pytest.mark.parametrize('path', ['app/services/chat.py', 'testsuite/x.py', 'my_tests/x.py', 'scripts/run.py'])
def test_skip_list_is_by_component(project: Path, path: str) -> None:
    write(project / path, VIOLATION)
    assert cli.main([path]) == 1


def test_python_dash_m(project: Path) -> None:
    write(project / 'a.py', VIOLATION)
    result = subprocess.run(
        (sys.executable, '-m', 'check_llm_usage', 'a.py'), capture_output=True, text=True,
        env={**os.environ, 'PYTHONDONTWRITEBYTECODE': '1'},
    )
    assert (result.returncode, result.stdout.splitlines()[0]) == (1, f'a.py:5:12: LLM001 {MESSAGE}')


def test_the_script_ends_once_its_output_is_written(project: Path) -> None:
    write(project / 'a.py', VIOLATION)
    script = (
        'import atexit, sys\n'
        "atexit.register(lambda: print('teardown'))\n"  # Python's teardown would run it
        "sys.argv[1:] = ['a.py']\n"
        'from check_llm_usage.cli import script\n'
        'script()\n'
    )
    result = subprocess.run((sys.executable, '-c', script), capture_output=True, text=True)
    lines = result.stdout.splitlines()
    assert (result.returncode, result.stderr, lines[0], lines[-1]) == (
        1, '', f'a.py:5:12: LLM001 {MESSAGE}', 'check-llm-calls: 1 direct LLM call in 1 file',
    )


def test_the_script_never_collects_garbage(project: Path) -> None:
    write(project / 'a.py', VIOLATION)
    script = (
        'import gc, sys\n'
        "sys.argv[1:] = ['a.py']\n"
        'from check_llm_usage.cli import script\n'
        "gc.callbacks.append(lambda phase, info: phase == 'start' and sys.stderr.write('collected\\n'))\n"
        'gc.set_threshold(1)\n'  # any allocation would start one
        'script()\n'
    )
    result = subprocess.run((sys.executable, '-c', script), capture_output=True, text=True)
    assert (result.returncode, result.stderr, result.stdout.splitlines()[0]) == (1, '', f'a.py:5:12: LLM001 {MESSAGE}')


def test_no_abbreviated_flags(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'a.py', VIOLATION)
    with pytest.raises(SystemExit) as exc:
        cli.main(['--form', 'json', 'a.py'])
    assert exc.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == 'check-llm-calls: error: unrecognized arguments: --form'


@pytest.mark.parametrize(
    ('arguments', 'error'),
    [
        pytest.param(['--select', ''], '--select: no codes given; it would report nothing', id='empty-select'),
        pytest.param(['--select', ' , '], '--select: no codes given; it would report nothing', id='blank-select'),
    ],
)
def test_usage_errors(project: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], error: str) -> None:
    write(project / 'a.py', VIOLATION)
    assert cli.main([*arguments, 'a.py']) == 2
    assert capsys.readouterr() == ('', f'check-llm-calls: error: {error}\n')


def test_hook_help_offers_only_what_the_hook_does(capsys: pytest.CaptureFixture[str]) -> None:
    assert hook.main(['--help']) == 0
    helped = capsys.readouterr().out
    assert '--write-baseline' not in helped and '--exit-zero' not in helped
    assert '--baseline' in helped
    assert hook.main(['--write-baseline', 'b.json', 'a.py']) == 0
    assert capsys.readouterr().err == (
        'check-llm-usage: error: the hook never writes a baseline; run check-llm-calls '
        '--write-baseline FILE (nothing checked; this check never blocks commits)\n'
    )


SHORT_HELP = 'help: use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call()'
TWO_CALLS = VIOLATION + '\n\ndef tell(messages):\n    return litellm.completion(model="m", messages=messages)\n'


def test_exit_zero_prints_the_same_and_exits_0(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'a.py', VIOLATION)
    assert cli.main(['a.py']) == 1
    strict = capsys.readouterr()
    assert cli.main(['--exit-zero', 'a.py']) == 0
    assert capsys.readouterr() == strict
    assert cli.main(['--exit-zero', '--select', 'LLM777', 'a.py']) == 2


def test_quiet_prints_only_the_findings(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'a.py', VIOLATION)
    assert cli.main(['--quiet', 'a.py']) == 1
    assert capsys.readouterr().out == f'a.py:5:12: LLM001 {MESSAGE}\n'
    assert cli.main(['-q', 'a.py']) == 1
    assert capsys.readouterr().out == f'a.py:5:12: LLM001 {MESSAGE}\n'


def test_statistics(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'a.py', TWO_CALLS + 'x = 1  # noqa: LLM002\n')
    write(project / 'b.py', 'import openai\nopenai.chat.completions.create(model="m")\n')
    assert cli.main(['--statistics', 'a.py', 'b.py']) == 1
    assert capsys.readouterr().out == (
        '    2  LLM001  litellm: a direct call that bypasses usage tracking\n'
        '    1  LLM002  OpenAI: a direct call that bypasses usage tracking\n'
        '    1  LLM902  suppression comment that suppresses nothing\n'
        'check-llm-calls: 3 direct LLM calls in 2 files, 1 suppression comment to fix\n'
    )
    assert cli.main(['--statistics', '--format', 'json', 'a.py']) == 2
    assert capsys.readouterr().err == 'check-llm-calls: error: --statistics prints text, not json\n'


def test_output_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / 'a.py', VIOLATION)
    assert cli.main(['--output-format', 'json', 'a.py']) == 1
    printed = capsys.readouterr().out
    assert cli.main(['--output-format', 'json', '--output-file', 'report.json', 'a.py']) == 1
    assert capsys.readouterr() == ('', '')
    assert (project / 'report.json').read_text() == printed
    assert cli.main(['--output-file', 'missing/report.txt', 'a.py']) == 2
    assert capsys.readouterr() == (
        '', 'check-llm-calls: error: cannot write missing/report.txt (No such file or directory)\n',
    )


@pytest.mark.parametrize(
    ('tty', 'env', 'coloured'),
    [
        pytest.param(True, {}, True, id='terminal'),
        pytest.param(True, {'NO_COLOR': '1'}, False, id='terminal-no-color'),
        pytest.param(True, {'TERM': 'dumb'}, False, id='dumb-terminal'),
        pytest.param(False, {}, False, id='pipe'),
        pytest.param(False, {'FORCE_COLOR': '1'}, True, id='pipe-force-color'),
        pytest.param(False, {'FORCE_COLOR': '1', 'NO_COLOR': '1'}, False, id='no-color-wins'),
        pytest.param(True, {'NO_COLOR': ''}, True, id='empty-no-color-is-unset'),
    ],
)
def test_colour_only_on_a_terminal(project: Path, tty: bool, env: dict[str, str], coloured: bool) -> None:
    import pty

    write(project / 'a.py', VIOLATION)
    environment = {k: v for k, v in os.environ.items() if k not in ('NO_COLOR', 'FORCE_COLOR')}
    environment.update({'TERM': 'xterm', 'PYTHONDONTWRITEBYTECODE': '1', **env})
    command = (sys.executable, '-m', 'check_llm_usage', 'a.py')
    if tty:
        leader, follower = pty.openpty()
        process = subprocess.Popen(command, stdout=follower, env=environment)
        os.close(follower)
        out = b''
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal closed
                break
            if not chunk:
                break
            out += chunk
        os.close(leader)
        process.wait()
        text = out.decode().replace('\r\n', '\n')
    else:
        text = subprocess.run(command, capture_output=True, text=True, env=environment).stdout
    first = text.splitlines()[0]
    if coloured:
        assert first == f'\x1b[1ma.py\x1b[0m:5:12: \x1b[1;31mLLM001\x1b[0m {MESSAGE}'
    else:
        assert first == f'a.py:5:12: LLM001 {MESSAGE}'


def stdin_run(arguments: list[str], data: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        (sys.executable, '-m', 'check_llm_usage', *arguments), input=data, capture_output=True, text=True,
        env={**os.environ, 'PYTHONDONTWRITEBYTECODE': '1'},
    )


@pytest.mark.parametrize(
    ('arguments', 'pyproject', 'source', 'code', 'out'),
    [
        pytest.param(
            ['-', '--stdin-filename', 'app/chat.py'], '', VIOLATION, 1,
            f'app/chat.py:5:12: LLM001 {MESSAGE}\n{HELP}\ncheck-llm-calls: 1 direct LLM call in 1 file\n',
            id='named',
        ),
        pytest.param(
            ['--stdin-filename', 'app/chat.py', '-'], '', VIOLATION, 1,
            f'app/chat.py:5:12: LLM001 {MESSAGE}\n{HELP}\ncheck-llm-calls: 1 direct LLM call in 1 file\n',
            id='named-after',
        ),
        pytest.param(
            ['-'], '', VIOLATION, 1,
            f'-:5:12: LLM001 {MESSAGE}\n{HELP}\ncheck-llm-calls: 1 direct LLM call in 1 file\n',
            id='unnamed',
        ),
        pytest.param(['-', '--stdin-filename', 'tests/test_chat.py'], '', VIOLATION, 0, '', id='default-skip-list'),
        pytest.param(
            ['-', '--stdin-filename', 'legacy/chat.py'], '[tool.check-llm-usage]\nextend-exclude = ["legacy/"]\n',
            VIOLATION, 0, '', id='excluded',
        ),
        pytest.param(
            ['-', '--stdin-filename', 'admin/chat.py'],
            '[tool.check-llm-usage.per-file-ignores]\n"admin/" = ["litellm"]\n', VIOLATION, 0, '', id='per-file-ignores',
        ),
        pytest.param(
            ['-', '--stdin-filename', 'app/chat.py'], '',
            VIOLATION.replace('messages=messages)', 'messages=messages)  # noqa: LLM001'), 0, '', id='noqa',
        ),
        pytest.param(
            ['-', '--stdin-filename', 'app/chat.py', '--show-source', '--quiet'], '', VIOLATION, 1,
            f'app/chat.py:5:12: LLM001 {MESSAGE}\n'
            '  |\n'
            '5 |     return litellm.completion(model="m", messages=messages)\n'
            f'  |            {"^" * 48}\n'
            f'  = {SHORT_HELP}\n\n',
            id='show-source',
        ),
    ],
)
def test_stdin(project: Path, arguments: list[str], pyproject: str, source: str, code: int, out: str) -> None:
    if pyproject:
        write(project / 'pyproject.toml', pyproject)
    result = stdin_run(arguments, source)
    assert (result.returncode, result.stdout, result.stderr) == (code, out, '')
    # nothing by that name is read or written: the code comes from stdin
    assert sorted(p.name for p in project.iterdir()) == sorted(['.git', *(['pyproject.toml'] if pyproject else [])])


@pytest.mark.parametrize(
    ('arguments', 'error'),
    [
        pytest.param(['-', 'a.py'], '- (stdin) cannot be checked with other paths', id='stdin-and-files'),
        pytest.param(['--stdin-filename', 'x.py', 'a.py'], '--stdin-filename names the code read from -; it takes no other paths', id='name-with-files'),
        pytest.param(['-', '--inventory'], 'ok', id='inventory-from-stdin'),
    ],
)
def test_stdin_usage(project: Path, arguments: list[str], error: str) -> None:
    write(project / 'a.py', VIOLATION)
    result = stdin_run(arguments, VIOLATION)
    if error == 'ok':
        assert (result.returncode, result.stderr) == (0, '')
        assert result.stdout.splitlines()[1].split() == ['-:5:12', 'untracked', 'litellm', 'litellm.completion', 'm']
    else:
        assert (result.returncode, result.stdout, result.stderr) == (2, '', f'check-llm-calls: error: {error}\n')


def test_stdin_filename_alone_reads_stdin(project: Path) -> None:
    result = stdin_run(['--stdin-filename', 'app/chat.py'], VIOLATION)
    assert (result.returncode, result.stdout.splitlines()[0]) == (1, f'app/chat.py:5:12: LLM001 {MESSAGE}')


@pytest.fixture
def ignoring(project: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository whose files git tracks, leaves untracked, or ignores in each way git can."""
    home = tmp_path_factory.mktemp('home')
    (home / 'git').mkdir()
    (home / 'git' / 'ignore').write_text('*_scratch.py\n')  # the global excludes file
    monkeypatch.setenv('XDG_CONFIG_HOME', str(home))
    monkeypatch.setenv('HOME', str(home))
    for name in (
        'src/tracked.py', 'src/untracked.py', 'build/lib/built.py', 'src/local.py', 'src/my_scratch.py',
        'src/gen/out.py', 'vendored/nested.py', 'vendored/junk/x.py', '.github/scripts/ci.py',
    ):
        write(project / name, VIOLATION)
    write(project / '.gitignore', 'build/\n/src/gen/\n')
    write(project / '.git' / 'info' / 'exclude', 'src/local.py\n')
    # a repository inside the walk, not a submodule: walked with its own ignores
    subprocess.run(('git', 'init', '-q', 'vendored'), check=True)
    write(project / 'vendored' / '.gitignore', 'junk/\n')
    subprocess.run(('git', 'add', '.gitignore', 'src/tracked.py', '.github/scripts/ci.py'), check=True)
    return project


def reported(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [line.split(':')[0] for line in capsys.readouterr().out.splitlines() if ': LLM' in line]


def test_a_walk_inside_git_skips_what_git_ignores(ignoring: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['.']) == 1
    assert reported(capsys) == ['./src/tracked.py', './src/untracked.py', './vendored/nested.py']
    assert cli.main(['src']) == 1
    assert reported(capsys) == ['src/tracked.py', 'src/untracked.py']


def test_explicit_files_and_ignored_directories_are_always_checked(ignoring: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(['build/lib/built.py', 'src/local.py', 'src/my_scratch.py']) == 1
    assert reported(capsys) == ['build/lib/built.py', 'src/local.py', 'src/my_scratch.py']
    # a directory named on the command line is walked even if git ignores all of it
    assert cli.main(['build']) == 1
    assert reported(capsys) == ['build/lib/built.py']


@pytest.mark.parametrize(
    ('flags', 'pyproject'),
    [
        pytest.param(['--no-respect-gitignore'], None, id='flag'),
        pytest.param([], '[tool.check-llm-usage]\nrespect-gitignore = false\n', id='config'),
    ],
)
def test_respecting_gitignore_can_be_turned_off(
    ignoring: Path, capsys: pytest.CaptureFixture[str], flags: list[str], pyproject: str | None,
) -> None:
    if pyproject:
        write(ignoring / 'pyproject.toml', pyproject)
    assert cli.main([*flags, '.']) == 1
    assert reported(capsys) == [
        './build/lib/built.py', './src/gen/out.py', './src/local.py', './src/my_scratch.py', './src/tracked.py',
        './src/untracked.py', './vendored/junk/x.py', './vendored/nested.py',
    ]


def test_respect_gitignore_must_be_a_boolean(ignoring: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(ignoring / 'pyproject.toml', '[tool.check-llm-usage]\nrespect-gitignore = "no"\n')
    assert cli.main(['.']) == 2
    assert capsys.readouterr().err == (
        "check-llm-calls: error: pyproject.toml: [tool.check-llm-usage] 'respect-gitignore' must be true or false, not a string\n"
    )


def test_a_walk_outside_git_is_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv('GIT_CEILING_DIRECTORIES', str(tmp_path.parent))
    write(tmp_path / '.gitignore', 'build/\n')
    write(tmp_path / 'build' / 'b.py', VIOLATION)
    write(tmp_path / 'a.py', VIOLATION)
    assert cli.main(['.']) == 1
    assert reported(capsys) == ['./a.py', './build/b.py']
