"""The hook's fast path: it skips the full run only when that run would print nothing."""
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
    ('content', 'pyproject', 'arguments', 'fast'),
    [
        pytest.param(CLEAN, None, ['a.py'], True, id='clean'),
        pytest.param(CLEAN, '[project]\nname = "x"\n', ['a.py'], True, id='clean-unrelated-pyproject'),
        pytest.param(CLEAN, None, ['a.py', 'a.py'], True, id='clean-twice'),
        pytest.param(LLM, None, ['a.py'], False, id='llm-call'),
        pytest.param(SUPPRESSION_ONLY, None, ['a.py'], False, id='suppression-only'),
        pytest.param(TRACKER_ONLY, None, ['a.py'], False, id='tracker-only'),
        pytest.param('x = 1  # noqa: LLM001\n', None, ['a.py'], False, id='noqa-only'),
        pytest.param('x = 1  # NOQA: llm002\n', None, ['a.py'], False, id='noqa-only-shouting'),
        pytest.param('x = 1  # noqa: E501\n', None, ['a.py'], True, id='noqa-for-another-linter'),
        pytest.param('import openai\nx = "https://api.openai.com/v1"\n', None, ['a.py'], False, id='url'),
        pytest.param('def f(:\n    litellm.completion()\n', None, ['a.py'], False, id='syntax-error-llm'),
        pytest.param(CLEAN, None, ['a.py', 'missing.py'], False, id='missing'),
        pytest.param('fifo', None, ['a.py'], False, id='fifo'),
        pytest.param('directory', None, ['a.py'], False, id='directory'),
        pytest.param('broken-link', None, ['a.py'], False, id='broken-link'),
        pytest.param('too-large', None, ['a.py'], False, id='too-large'),
        pytest.param(CLEAN, CONFIG, ['a.py'], False, id='config'),
        pytest.param(CLEAN, '[tool.check-llm-usage\n', ['a.py'], False, id='broken-config'),
        pytest.param(CLEAN, None, ['--format', 'json', 'a.py'], False, id='option'),
        pytest.param(CLEAN, None, [], False, id='no-arguments'),
    ],
)
def test_fast_path_prints_what_the_full_run_prints(
    project: Path, capsys: pytest.CaptureFixture[str],
    content: str, pyproject: str | None, arguments: list[str], fast: bool,
) -> None:
    _make(project, content)
    if pyproject is not None:
        (project / 'pyproject.toml').write_text(pyproject)
    (project / 'LICENSE').write_text('')
    subprocess.run(('git', 'add', 'LICENSE'), check=True)
    assert hook.nothing_to_report(arguments) is fast
    cli.tolerate_any_stdout()
    cli.run(arguments, warn_only=True, prog='check-llm-usage')
    full = capsys.readouterr()
    assert hook.main(arguments) == 0
    assert capsys.readouterr() == full
    if fast:
        assert full == ('', '')


def test_a_config_in_a_parent_directory_disables_the_fast_path(project: Path) -> None:
    (project / 'pyproject.toml').write_text(CONFIG)
    (project / 'sub').mkdir()
    (project / 'sub' / 'a.py').write_text(CLEAN)
    os.chdir(project / 'sub')
    assert hook.nothing_to_report(['a.py']) is False
    (project / 'pyproject.toml').write_text('[project]\nname = "x"\n')
    assert hook.nothing_to_report(['a.py']) is True


def test_the_fast_path_uses_the_full_runs_defaults() -> None:
    assert hook.DEFAULT_MAX_FILE_SIZE == cli.DEFAULT_MAX_FILE_SIZE
    assert hook.CONFIG_TABLE == config.TABLE.encode()
    assert hook.NEVER_BLOCKS == cli.NEVER_BLOCKS
    assert config.Config().tracker_context_managers == (catalogue.DEFAULT_TRACKER,)


def test_the_fast_path_imports_neither_the_cli_nor_the_analyzer(project: Path) -> None:
    (project / 'a.py').write_text(CLEAN)
    script = (
        'import sys\n'
        'from check_llm_usage import hook\n'
        "hook.main(['a.py'])\n"
        "heavy = ('argparse', 'ast', 'typing', 'collections', 'functools', 're', 'check_llm_usage.cli', 'check_llm_usage.checker')\n"
        'print(sorted(m for m in heavy if m in sys.modules))\n'
    )
    out = subprocess.run((sys.executable, '-c', script), capture_output=True, text=True, check=True).stdout
    assert out == '[]\n'
