"""The hook run by the real pre-commit, in real git repositories: try-repo, commits, --all-files."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import PRE_COMMIT
from conftest import TAG
from conftest import git
from conftest import run
from conftest import write

pytestmark = pytest.mark.precommit

ADVICE = 'call bypasses LLM usage tracking'
WARN_ONLY = ' (warning only: this check never blocks commits)'
FINDING_LINE = re.compile(r'^\S+:\d+:\d+: LLM\d{3} .*$', re.MULTILINE)
WARN_PASSED = re.compile(r'^check for direct LLM API calls \(warn only\)\.+Passed$', re.MULTILINE)
STRICT_PASSED = re.compile(r'^check for direct LLM API calls \(strict\)\.+Passed$', re.MULTILINE)
STRICT_FAILED = re.compile(r'^check for direct LLM API calls \(strict\)\.+Failed$', re.MULTILINE)

CHAT = (
    'import litellm\n'
    '\n'
    '\n'
    'def reply(messages):\n'
    "    return litellm.completion(model='gpt-4o', messages=messages)\n"
)
CHAT_TRACKED = (
    'import litellm\n'
    '\n'
    'from app.services.llm_usage_tracker import llm_tracker\n'
    '\n'
    '\n'
    'async def reply(messages):\n'
    "    async with llm_tracker.track_llm_call(model='gpt-4o') as usage_log:\n"
    "        response = await litellm.acompletion(model='gpt-4o', messages=messages)\n"
    '        usage_log.input_tokens = response.usage.prompt_tokens\n'
    '        usage_log.output_tokens = response.usage.completion_tokens\n'
    '    return response\n'
)
SCRATCH = (
    'from openai import OpenAI\n'
    '\n'
    'client = OpenAI()\n'
    "answer = client.chat.completions.create(model='gpt-4o', messages=[])\n"
)
UTIL = 'def helper():\n    return 1\n'
UTIL_VIOLATING = UTIL + (
    '\n'
    '\n'
    'import anthropic\n'
    '\n'
    "reply = anthropic.Anthropic().messages.create(model='claude', max_tokens=9, messages=[])\n"
)
NOTES = 'We still call litellm.completion( directly in the prototype.\n'
SCRIPT = "#!/usr/bin/env python3\nimport litellm\n\nlitellm.completion(model='gpt-4o', messages=[])\n"


def finding(path: str, line: int, column: int, code: str, call: str) -> str:
    """The exact text line the checker prints for one finding."""
    return f'{path}:{line}:{column}: {code} direct {call} {ADVICE}'


def summaries(output: str) -> list[str]:
    """The checker's summary lines in pre-commit's output."""
    return [line for line in output.splitlines() if line.startswith(('check-llm-usage: ', 'check-llm-calls: '))]



def install(repo: Path, env: dict[str, str]) -> None:
    """``pre-commit install`` in ``repo``."""
    result = run((*PRE_COMMIT, 'install'), repo, env)
    assert result.returncode == 0, result.stdout


def commit_count(repo: Path, env: dict[str, str]) -> int:
    """How many commits HEAD has."""
    return int(git(repo, env, 'rev-list', '--count', 'HEAD'))


def test_try_repo_warns_and_passes(hook_repo: Path, env: dict[str, str], tmp_path: Path) -> None:
    git(tmp_path, env, 'init', '-q')
    write(tmp_path / 'app' / 'chat.py', CHAT)
    write(tmp_path / 'app' / 'util.py', UTIL)
    write(tmp_path / 'notes.txt', NOTES)
    git(tmp_path, env, 'add', '--all')

    result = run(
        (
            *PRE_COMMIT, 'try-repo', str(hook_repo), 'check-llm-usage', '--ref', TAG,
            '--files', 'app/chat.py', 'app/util.py', 'notes.txt',
        ),
        tmp_path, env,
    )

    assert result.returncode == 0, result.stdout
    assert WARN_PASSED.search(result.stdout), result.stdout
    assert FINDING_LINE.findall(result.stdout) == [
        finding('app/chat.py', 5, 12, 'LLM001', 'litellm.completion()'),
    ]
    assert summaries(result.stdout) == [f'check-llm-usage: 1 direct LLM call in 1 file{WARN_ONLY}']


def test_commit_warns_about_staged_python_files_only(
    consumer: Callable[[str], Path], env: dict[str, str],
) -> None:
    repo = consumer('check-llm-usage')
    write(repo / 'app' / 'util.py', UTIL)
    git(repo, env, 'add', 'app/util.py')
    git(repo, env, 'commit', '-q', '-m', 'util')
    install(repo, env)
    write(repo / 'app' / 'chat.py', CHAT)
    write(repo / 'notes.txt', NOTES)
    git(repo, env, 'add', 'app/chat.py', 'notes.txt')
    write(repo / 'scratch.py', SCRATCH)  # untracked
    write(repo / 'app' / 'util.py', UTIL_VIOLATING)  # modified, not staged
    before = commit_count(repo, env)

    result = run(('git', 'commit', '-q', '-m', 'chat'), repo, env)

    assert result.returncode == 0, result.stdout
    assert commit_count(repo, env) == before + 1
    assert git(repo, env, 'show', '--name-only', '--format=', 'HEAD').split() == [
        'app/chat.py', 'notes.txt',
    ]
    assert WARN_PASSED.search(result.stdout), result.stdout
    assert FINDING_LINE.findall(result.stdout) == [
        finding('app/chat.py', 5, 12, 'LLM001', 'litellm.completion()'),
    ]
    assert summaries(result.stdout) == [f'check-llm-usage: 1 direct LLM call in 1 file{WARN_ONLY}']
    for unchecked in ('scratch.py', 'util.py', 'notes.txt'):
        assert unchecked not in result.stdout
    # pre-commit stashed the unstaged change while the hook ran, and put it back
    assert (repo / 'app' / 'util.py').read_text() == UTIL_VIOLATING


def test_run_all_files_reports_every_tracked_python_file(
    consumer: Callable[[str], Path], env: dict[str, str],
) -> None:
    repo = consumer('check-llm-usage')
    write(repo / 'app' / 'chat.py', CHAT)
    write(repo / 'app' / 'util.py', UTIL_VIOLATING)
    write(repo / 'scratch.py', SCRATCH)
    write(repo / 'notes.txt', NOTES)
    git(repo, env, 'add', '--all')
    git(repo, env, 'commit', '-q', '-m', 'legacy code')
    write(repo / 'untracked.py', CHAT)

    result = run((*PRE_COMMIT, 'run', '--all-files'), repo, env)

    assert result.returncode == 0, result.stdout
    assert WARN_PASSED.search(result.stdout), result.stdout
    assert FINDING_LINE.findall(result.stdout) == [
        finding('app/chat.py', 5, 12, 'LLM001', 'litellm.completion()'),
        finding('app/util.py', 7, 9, 'LLM003', 'anthropic.Anthropic().messages.create()'),
        finding('scratch.py', 4, 10, 'LLM002', 'client.chat.completions.create()'),
    ]
    assert summaries(result.stdout) == [
        f'check-llm-usage: 3 direct LLM calls in 3 files{WARN_ONLY}',
    ]


@pytest.mark.parametrize(
    ('stage', 'runs'),
    [
        pytest.param('pre-commit', True, id='pre-commit'),
        pytest.param('pre-push', True, id='pre-push'),
        pytest.param('manual', True, id='manual'),
        pytest.param('pre-merge-commit', False, id='not-pre-merge-commit'),
    ],
)
def test_hook_stages(
    consumer: Callable[[str], Path], env: dict[str, str], stage: str, runs: bool,
) -> None:
    repo = consumer('check-llm-usage')
    write(repo / 'app' / 'chat.py', CHAT)
    git(repo, env, 'add', 'app/chat.py')

    result = run((*PRE_COMMIT, 'run', '--hook-stage', stage, '--all-files'), repo, env)

    assert result.returncode == 0, result.stdout
    assert bool(WARN_PASSED.search(result.stdout)) is runs, result.stdout
    assert FINDING_LINE.findall(result.stdout) == (
        [finding('app/chat.py', 5, 12, 'LLM001', 'litellm.completion()')] if runs else []
    )


def test_one_report_for_many_files(consumer: Callable[[str], Path], env: dict[str, str]) -> None:
    repo = consumer('check-llm-usage')
    for number in range(1, 51):
        write(repo / 'app' / f'm{number:02}.py', CHAT)
    git(repo, env, 'add', '--all')
    git(repo, env, 'commit', '-q', '-m', 'many files')

    result = run((*PRE_COMMIT, 'run', '--all-files'), repo, env)

    assert result.returncode == 0, result.stdout
    # require_serial: one process, so one sorted list and one summary (not one per batch)
    assert FINDING_LINE.findall(result.stdout) == [
        finding(f'app/m{number:02}.py', 5, 12, 'LLM001', 'litellm.completion()')
        for number in range(1, 51)
    ]
    assert summaries(result.stdout) == [
        f'check-llm-usage: 50 direct LLM calls in 50 files{WARN_ONLY}',
    ]


def test_strict_hook_blocks_the_commit(
    consumer: Callable[[str], Path], env: dict[str, str],
) -> None:
    repo = consumer('check-llm-usage-strict')
    install(repo, env)
    write(repo / 'app' / 'chat.py', CHAT)
    git(repo, env, 'add', 'app/chat.py')
    before = commit_count(repo, env)

    blocked = run(('git', 'commit', '-q', '-m', 'chat'), repo, env)

    assert blocked.returncode == 1, blocked.stdout
    assert commit_count(repo, env) == before
    assert STRICT_FAILED.search(blocked.stdout), blocked.stdout
    assert '- exit code: 1' in blocked.stdout.splitlines()
    assert FINDING_LINE.findall(blocked.stdout) == [
        finding('app/chat.py', 5, 12, 'LLM001', 'litellm.completion()'),
    ]
    assert summaries(blocked.stdout) == ['check-llm-calls: 1 direct LLM call in 1 file']

    write(repo / 'app' / 'chat.py', CHAT_TRACKED)
    git(repo, env, 'add', 'app/chat.py')
    tracked = run(('git', 'commit', '-q', '-m', 'chat'), repo, env)

    assert tracked.returncode == 0, tracked.stdout
    assert commit_count(repo, env) == before + 1
    assert STRICT_PASSED.search(tracked.stdout), tracked.stdout
    assert FINDING_LINE.findall(tracked.stdout) == []


def test_executable_python_script_without_extension_is_checked(
    consumer: Callable[[str], Path], env: dict[str, str],
) -> None:
    repo = consumer('check-llm-usage')
    install(repo, env)
    write(repo / 'bin' / 'tool', SCRIPT, mode=0o755)
    write(repo / 'bin' / 'draft', SCRIPT)
    git(repo, env, 'add', 'bin')

    result = run(('git', 'commit', '-q', '-m', 'scripts'), repo, env)

    assert result.returncode == 0, result.stdout
    assert WARN_PASSED.search(result.stdout), result.stdout
    assert FINDING_LINE.findall(result.stdout) == [
        finding('bin/tool', 4, 1, 'LLM001', 'litellm.completion()'),
    ]
    assert 'bin/draft' not in result.stdout
