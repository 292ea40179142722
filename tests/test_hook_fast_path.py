"""The hook's fast path (it skips the full run only when that run would print nothing) and its
plain path (file paths only, no config: the defaults, printed without argparse or the config reader)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from check_llm_usage import catalogue
from check_llm_usage import cli
from check_llm_usage import config
from check_llm_usage import hook

CLEAN = 'import os\n\nprint(os.getcwd())\n'
LLM = 'import litellm\n\n\ndef ask():\n    return litellm.completion(model="m")\n'
SUPPRESSION_ONLY = 'x = 1  # llm-usage: ignore[LLM001] nothing to suppress here\n'
TRACKER_ONLY = (
    'async def f(llm_tracker):\n'
    '    async with llm_tracker.track_llm_call("x") as usage_log:\n'
    '        pass\n'
)
CONFIG = '[tool.check-llm-usage]\nselect = ["ALL"]\n'


def _make(root: Path, kind: str) -> None:
    if kind == 'fifo':
        os.mkfifo(root / 'a.py')
    elif kind == 'directory':
        (root / 'a.py').mkdir()
        (root / 'a.py' / 'b.py').write_text(LLM)
    elif kind == 'broken-link':
        (root / 'a.py').symlink_to(root / 'gone.py')
    elif kind == 'too-large':
        (root / 'a.py').write_text('x = 1\n' * (cli.DEFAULT_MAX_FILE_SIZE // 6 + 1))
    else:
        (root / 'a.py').write_text(kind)


@pytest.mark.parametrize(
    ('content', 'pyproject', 'arguments', 'how'),
    [
        pytest.param(CLEAN, None, ['a.py'], hook.SKIP, id='clean'),
        pytest.param(CLEAN, '[project]\nname = "x"\n', ['a.py'], hook.SKIP, id='clean-unrelated-pyproject'),
        pytest.param(CLEAN, None, ['a.py', 'a.py'], hook.SKIP, id='clean-twice'),
        pytest.param(LLM, None, ['a.py'], hook.PLAIN, id='llm-call'),
        pytest.param(SUPPRESSION_ONLY, None, ['a.py'], hook.PLAIN, id='suppression-only'),
        pytest.param(TRACKER_ONLY, None, ['a.py'], hook.PLAIN, id='tracker-only'),
        pytest.param('x = 1  # noqa: LLM001\n', None, ['a.py'], hook.PLAIN, id='noqa-only'),
        pytest.param('x = 1  # NOQA: llm002\n', None, ['a.py'], hook.PLAIN, id='noqa-only-shouting'),
        pytest.param('x = 1  # noqa: E501\n', None, ['a.py'], hook.SKIP, id='noqa-for-another-linter'),
        pytest.param('import openai\nx = "https://api.openai.com/v1"\n', None, ['a.py'], hook.PLAIN, id='url'),
        pytest.param('def f(:\n    litellm.completion()\n', None, ['a.py'], hook.PLAIN, id='syntax-error-llm'),
        pytest.param(CLEAN, None, ['a.py', 'missing.py'], hook.FULL, id='missing'),
        pytest.param('fifo', None, ['a.py'], hook.FULL, id='fifo'),
        pytest.param('directory', None, ['a.py'], hook.FULL, id='directory'),
        pytest.param('broken-link', None, ['a.py'], hook.FULL, id='broken-link'),
        pytest.param('too-large', None, ['a.py'], hook.FULL, id='too-large'),
        pytest.param(CLEAN, CONFIG, ['a.py'], hook.FULL, id='config'),
        pytest.param(CLEAN, '[tool.check-llm-usage\n', ['a.py'], hook.FULL, id='broken-config'),
        pytest.param(CLEAN, None, ['--format', 'json', 'a.py'], hook.FULL, id='option'),
        pytest.param(CLEAN, None, [], hook.FULL, id='no-arguments'),
    ],
)
def test_fast_path_prints_what_the_full_run_prints(
    project: Path, capsys: pytest.CaptureFixture[str],
    content: str, pyproject: str | None, arguments: list[str], how: str,
) -> None:
    _make(project, content)
    if pyproject is not None:
        (project / 'pyproject.toml').write_text(pyproject)
    (project / 'LICENSE').write_text('')
    subprocess.run(('git', 'add', 'LICENSE'), check=True)
    assert hook.plan(arguments) == how
    cli.tolerate_any_stdout()
    cli.run(arguments, warn_only=True, prog='check-llm-usage')
    full = capsys.readouterr()
    assert hook.main(arguments) == 0
    assert capsys.readouterr() == full
    if how == hook.SKIP:
        assert full == ('', '')


def test_a_config_in_a_parent_directory_disables_the_fast_path(project: Path) -> None:
    (project / 'pyproject.toml').write_text(CONFIG)
    (project / 'sub').mkdir()
    (project / 'sub' / 'a.py').write_text(CLEAN)
    os.chdir(project / 'sub')
    assert hook.plan(['a.py']) == hook.FULL
    (project / 'pyproject.toml').write_text('[project]\nname = "x"\n')
    assert hook.plan(['a.py']) == hook.SKIP


def test_the_fast_path_uses_the_full_runs_defaults() -> None:
    assert hook.DEFAULT_MAX_FILE_SIZE == cli.DEFAULT_MAX_FILE_SIZE
    assert hook.CONFIG_TABLE == config.TABLE.encode()
    assert hook.NEVER_BLOCKS == cli.NEVER_BLOCKS
    assert config.Config().tracker_context_managers == (catalogue.DEFAULT_TRACKER,)




HELP = (
    'help: use multi_model_service.generate_response() or wrap the call in llm_tracker.track_llm_call() '
    '(check-llm-calls --explain {code})\n'
)
NEVER = ' (warning only: this check never blocks commits)\n'
OPENAI = (
    'import openai\n\nclient = openai.OpenAI()\n'
    'client.chat.completions.create(model="m", messages=[])\nclient.embeddings.create(model="m", input="x")\n'
)
ONE_FINDING = 'one.py:5:12: LLM001 direct litellm.completion() call bypasses LLM usage tracking\n'
# the full run as the hook ran it before it had a plain path: the command line, the config reader
FULL_RUN = (
    'from check_llm_usage import cli\n'
    'cli.tolerate_any_stdout()\n'
    "cli.run(None, warn_only=True, prog='check-llm-usage')\n"
)


@pytest.mark.parametrize(
    ('files', 'arguments', 'environment', 'expected'),
    [
        pytest.param({'one.py': LLM}, ['one.py'], {}, ONE_FINDING + HELP.format(code='LLM001') + (
            'check-llm-usage: 1 direct LLM call in 1 file' + NEVER
        ), id='one-finding'),
        pytest.param(
            {'one.py': LLM, 'two.py': OPENAI, 'clean.py': CLEAN}, ['two.py', 'clean.py', 'one.py', 'two.py'], {},
            ONE_FINDING
            + 'two.py:4:1: LLM002 direct client.chat.completions.create() call bypasses LLM usage tracking\n'
            + 'two.py:5:1: LLM002 direct client.embeddings.create() call bypasses LLM usage tracking\n'
            + HELP.format(code='LLM001') + 'check-llm-usage: 3 direct LLM calls in 2 files' + NEVER,
            id='several-files-sorted-once-each',
        ),
        pytest.param(
            {'one.py': 'import litellm\n\nlitellm.completion(model="m")  # llm-usage: ignore[LLM001] billed to research\n'},
            ['one.py'], {}, '', id='suppressed',
        ),
        pytest.param(
            {'one.py': 'import litellm\n\nlitellm.completion(model="m")  # llm-usage: ignore[LLM001]\n'}, ['one.py'], {},
            'one.py:3:32: LLM901 suppression without a reason: write why after it, e.g. '
            '"# llm-usage: ignore[LLM001] billed elsewhere"\n'
            'check-llm-usage: 1 suppression comment to fix' + NEVER,
            id='suppression-without-reason',
        ),
        pytest.param(
            {'one.py': 'import litellm\n\nx = = litellm.completion(model="m")\n'}, ['one.py'], {},
            'one.py:3:5: LLM900 file not checked: syntax error: invalid syntax\n'
            'check-llm-usage: 1 file not checked' + NEVER,
            id='syntax-error',
        ),
        pytest.param(
            {'one.py': TRACKER_ONLY}, ['one.py'], {},
            'one.py:2:16: LLM100 tracker block never sets usage_log.input_tokens and usage_log.output_tokens; '
            "record the token counts from the response's usage, or the call's cost is not tracked\n"
            'check-llm-usage: 1 tracker block without token counts' + NEVER,
            id='tracker-without-tokens',
        ),
        pytest.param(
            {'one.py': LLM, 'tests/test_one.py': LLM}, ['tests/test_one.py', 'one.py'], {},
            ONE_FINDING + HELP.format(code='LLM001') + 'check-llm-usage: 1 direct LLM call in 1 file' + NEVER,
            id='default-exclude',
        ),
        pytest.param(
            {'one.py': LLM}, ['one.py'], {'FORCE_COLOR': '1'},
            '\x1b[1mone.py\x1b[0m:5:12: \x1b[1;31mLLM001\x1b[0m direct litellm.completion() call bypasses LLM usage tracking\n'
            '\x1b[36mhelp\x1b[0m' + HELP.format(code='LLM001')[4:] + 'check-llm-usage: 1 direct LLM call in 1 file' + NEVER,
            id='colour-forced',
        ),
        pytest.param(
            {'one.py': LLM}, ['one.py'], {'FORCE_COLOR': '1', 'NO_COLOR': '1'},
            ONE_FINDING + HELP.format(code='LLM001') + 'check-llm-usage: 1 direct LLM call in 1 file' + NEVER,
            id='colour-off',
        ),
    ],
)
def test_the_plain_path_prints_what_the_full_run_prints(
    project: Path, files: dict[str, str], arguments: list[str], environment: dict[str, str], expected: str,
) -> None:
    for name, text in files.items():
        (project / name).parent.mkdir(parents=True, exist_ok=True)
        (project / name).write_text(text)
    assert hook.plan(arguments) == hook.PLAIN
    env = {key: value for key, value in os.environ.items() if key not in ('FORCE_COLOR', 'NO_COLOR')}
    env.update(environment)
    plain = subprocess.run((sys.executable, '-m', 'check_llm_usage.hook', *arguments), capture_output=True, text=True, env=env)
    full = subprocess.run((sys.executable, '-c', FULL_RUN, *arguments), capture_output=True, text=True, env=env)
    assert (plain.stdout, plain.stderr, plain.returncode) == (expected, '', 0)
    assert (full.stdout, full.stderr) == (expected, '')


@pytest.mark.parametrize(
    ('content', 'unused', 'printed'),
    [
        pytest.param(
            CLEAN, ('argparse', 'ast', 'typing', 'collections', 'functools', 're', 'check_llm_usage.cli', 'check_llm_usage.checker'),
            '', id='fast-path-neither-the-cli-nor-the-analyzer',
        ),
        pytest.param(
            LLM, (
                'argparse', 'gettext', 'shutil', 'typing', 'tokenize', 'fnmatch',
                'check_llm_usage.rules', 'check_llm_usage.baseline',
                *(('re',) if sys.version_info < (3, 12) else ()),  # ast imports re since 3.12
            ),
            ONE_FINDING + HELP.format(code='LLM001') + 'check-llm-usage: 1 direct LLM call in 1 file' + NEVER,
            id='plain-path-neither-argparse-typing-re-nor-the-rule-documentation',
        ),
    ],
)
def test_what_the_hook_does_not_import(project: Path, content: str, unused: tuple[str, ...], printed: str) -> None:
    (project / 'one.py').write_text(content)
    script = (
        'import sys\n'
        'from check_llm_usage import hook\n'
        "hook.main(['one.py'])\n"
        f'print(sorted(m for m in {unused!r} if m in sys.modules))\n'
    )
    out = subprocess.run((sys.executable, '-c', script), capture_output=True, text=True, check=True).stdout
    assert out == printed + '[]\n'


@pytest.mark.parametrize(('script', 'last'), [
    pytest.param(
        'import gc\n'
        'from check_llm_usage import hook\n'
        'phases = []\n'
        'gc.callbacks.append(lambda phase, info: phases.append(phase))\n'
        "hook.main(['one.py'])\n"
        'print(len(phases), gc.isenabled())\n',
        '0 True\n', id='main-collects-nothing-and-restores-the-collector',
    ),
    # no teardown (no atexit handler, no last collection): what the run built goes with the process
    pytest.param(
        'import atexit, sys\n'
        "atexit.register(lambda: print('teardown'))\n"
        "sys.argv[1:] = ['one.py']\n"
        'from check_llm_usage.hook import run\n'
        'run()\n',
        '', id='the-process-ends-once-its-output-is-written',
    ),
])
def test_the_hook_and_the_garbage_collector(project: Path, script: str, last: str) -> None:
    (project / 'one.py').write_text(LLM)
    result = subprocess.run((sys.executable, '-c', script), capture_output=True, text=True)
    printed = ONE_FINDING + HELP.format(code='LLM001') + 'check-llm-usage: 1 direct LLM call in 1 file' + NEVER
    assert (result.stdout, result.stderr, result.returncode) == (printed + last, '', 0)
