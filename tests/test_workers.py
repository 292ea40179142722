"""Large scans run in forked workers: the same findings as one process, even if a worker dies."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from check_llm_usage import checker
from check_llm_usage.checker import Options

CALL = 'import litellm\n\n\ndef ask():\n    return litellm.completion(model="gpt-4o")\n'
TRACKED = (
    'import litellm\n\n\nasync def ask(llm_tracker):\n'
    '    async with llm_tracker.track_llm_call(feature="f") as usage_log:\n'
    '        r = await litellm.acompletion(model="gpt-4o")\n'
    '        usage_log.input_tokens = r.usage.prompt_tokens\n'
    '        usage_log.output_tokens = r.usage.completion_tokens\n'
)
SUPPRESSED = 'import litellm\nlitellm.completion(model="m")  # llm-usage: ignore[LLM001] legacy batch job\n'
many_cores = pytest.mark.skipif(
    len(os.sched_getaffinity(0)) < 2 if hasattr(os, 'sched_getaffinity') else True,
    reason='the checker forks workers only with two or more cores (on Linux)',
)


def tree(root: Path, count: int) -> list[str]:
    """``count`` files: clean ones, with a call at line 5 every 7th, and some that cannot be checked."""
    paths = []
    for i in range(count):
        path = root / f'm{i:04}.py'
        if i % 7 == 3:
            path.write_text(CALL)
        elif i % 11 == 5:
            path.write_text(TRACKED)
        elif i % 13 == 6:
            path.write_text(SUPPRESSED)
        elif i % 17 == 8:
            path.write_text('import openai; openai.completions.create\ndef broken(:\n')
        elif i % 19 == 9:
            path.symlink_to(root / 'missing.py')
        else:
            path.write_text(f'x = {i}\n')
        paths.append(str(path))
    return paths


@pytest.mark.parametrize('options', [Options(), Options(inventory=True)], ids=['findings', 'inventory'])
def test_workers_find_what_one_process_finds(tmp_path: Path, options: Options) -> None:
    paths = tree(tmp_path, 60)
    alone = [checker.check_path(p, options) for p in paths]
    assert checker._check_in_workers(paths, options, 3) == alone
    calls = [(Path(f.path).name, f.line, f.column, f.code, f.status, f.model) for found in alone for f in found]
    if options.inventory:
        assert calls[:4] == [
            ('m0003.py', 5, 12, 'LLM001', 'untracked', 'gpt-4o'),
            ('m0005.py', 6, 19, 'LLM001', 'tracked', 'gpt-4o'),
            ('m0006.py', 2, 1, 'LLM001', 'suppressed', 'm'),
            ('m0008.py', 2, 12, 'LLM900', '', None),
        ]
    else:
        assert calls[:4] == [
            ('m0003.py', 5, 12, 'LLM001', '', None),
            ('m0008.py', 2, 12, 'LLM900', '', None),
            ('m0009.py', 1, 1, 'LLM900', '', None),
            ('m0010.py', 5, 12, 'LLM001', '', None),
        ]


def run(root: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        (sys.executable, '-m', 'check_llm_usage', *args, '.'), cwd=root, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )


@pytest.mark.parametrize(('runs', 'processes', 'orders'), [
    # its own runs first, then the others' from the last one back: it starts on a run whose
    # process is still on an earlier one (neighbouring files in one process, where it can)
    (8, 2, [[0, 1, 2, 3, 7, 6, 5, 4], [4, 5, 6, 7, 3, 2, 1, 0]]),
    (6, 3, [[0, 1, 5, 4, 3, 2], [2, 3, 1, 0, 5, 4], [4, 5, 3, 2, 1, 0]]),
    (3, 2, [[0, 2, 1], [1, 2, 0]]),  # runs not evenly shared: a file-descriptor limit stopped their making
])
def test_each_process_takes_its_own_runs_then_the_others_from_their_ends(
    runs: int, processes: int, orders: list[list[int]],
) -> None:
    assert [checker._order(list(range(runs)), p, processes) for p in range(processes)] == orders


@many_cores
def test_large_scan_reports_every_file_once(tmp_path: Path) -> None:
    count = checker.PARALLEL_FROM + 100
    tree(tmp_path, count)
    out, err = run(tmp_path).communicate()
    lines = out.splitlines()
    assert err == ''
    assert lines[:2] == [
        './m0003.py:5:12: LLM001 direct litellm.completion() call bypasses LLM usage tracking',
        "./m0008.py:2:12: LLM900 file not checked: syntax error: invalid syntax",
    ]
    called = sum(1 for i in range(count) if i % 7 == 3)
    assert sum(' LLM001 ' in line for line in lines) == called
    assert len(lines) == len(set(lines))
    assert lines[-1].startswith(f'check-llm-calls: {called} direct LLM calls in {called} files')


@many_cores
def test_a_killed_worker_s_files_are_checked_by_the_parent(tmp_path: Path) -> None:
    tree(tmp_path, checker.PARALLEL_FROM + 100)
    # a file slow to parse keeps the scan going long after the child starts
    slow = 'import openai\nopenai.chat.completions.create(model="m")\n' + 'x = (1, 2, 3, 4, 5, 6)\n' * 20_000
    (tmp_path / 'm0001.py').write_text(slow)
    expected = run(tmp_path).communicate()
    assert './m0001.py:2:1: LLM002 direct openai.chat.completions.create() call' in expected[0]
    process = run(tmp_path)
    children = Path(f'/proc/{process.pid}/task/{process.pid}/children')
    deadline = time.monotonic() + 30
    while not children.read_text().split() and time.monotonic() < deadline:
        time.sleep(0.005)
    child = int(children.read_text().split()[0])
    state = Path(f'/proc/{child}/stat').read_text().rsplit(')', 1)[1].split()[0]
    os.kill(child, signal.SIGKILL)
    assert state in 'RS'  # it was still working, not done and waiting to be reaped
    assert process.communicate() == expected
    assert process.returncode == 1
