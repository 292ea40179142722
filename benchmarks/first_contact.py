"""The checker on LLM libraries it was never tuned on: its speed against the parse floor, and
every file it could not check, by reason.

Usage (from the repository root, with the package installed in the running Python):
    python benchmarks/first_contact.py [--runs N]

The packages below are pinned wheels (downloaded into benchmarks/.cache/ as the accuracy
corpus is) that no label, test or earlier benchmark of this project used: agent frameworks,
LLM SDKs and apps, picked on 2026-11-28 for naming LLM SDKs everywhere.  For each, in its
directory as a user runs it, interleaved over the rounds: ``check-llm-calls .``, speed.py's
``ruff TID251`` (ruff with the catalogue as banned APIs; skipped if ruff is not installed:
``pip install -r benchmarks/requirements.txt``) and speed.py's ``ast.parse`` floor.  Then,
once, the findings (``--output-format json``).

Prints a Markdown table: the median CPU seconds (user + system, the workers included) of the
checker and the floor, the medians of the per-round ratios of the checker's CPU to the
floor's and of its wall time to ruff's, the peak MiB of the largest process, the findings,
and the files reported as not checked (LLM900), by reason: a syntax error (of the running
Python), too complex, or an internal error (a bug: the file's findings are lost).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speed  # noqa: E402  (beside this file: its floor, timing, table and the accuracy corpus's download)

INTO = os.path.join(speed.HERE, '.cache', 'first-contact')
PACKAGES = (
    ('ag2', '1.2.1'), ('agno', '3.1.10'), ('anthropic', '2.14.0'), ('autogen-agentchat', '0.7.5'),
    ('autogen-ext', '0.7.5'), ('browser-use', '0.13.14'), ('camel-ai', '0.2.90'), ('chainlit', '2.12.0'),
    ('cohere', '7.3.1'), ('crewai', '1.15.30'), ('deepeval', '4.3.1'), ('dspy', '3.4.1'),
    ('embedchain', '0.1.128'), ('google-genai', '3.6.1'), ('gpt-researcher', '0.15.1'), ('griptape', '1.13.0'),
    ('groq', '1.7.0'), ('guidance', '0.3.1'), ('haystack-ai', '3.4.1'), ('instructor', '1.17.0'),
    ('julep', '2.21.0'), ('langchain', '1.5.2'), ('langchain-community', '0.4.2'), ('langchain-core', '1.8.4'),
    ('langfuse', '5.0.4'), ('langgraph', '1.2.24'), ('langroid', '0.69.16'), ('letta-client', '1.12.1'),
    ('llama-index-core', '0.14.25'), ('marvin', '3.2.7'), ('mistralai', '3.7.0'), ('open-webui', '0.12.4'),
    ('openai', '3.57.0'), ('openai-agents', '0.24.0'), ('opik', '2.2.122'), ('outlines', '1.3.3'),
    ('phidata', '2.7.10'), ('promptflow-core', '1.18.5'), ('pydantic-ai-slim', '2.68.0'), ('ragas', '0.4.3'),
    ('semantic-kernel', '1.45.0'), ('swarms', '16.0.3'), ('together', '3.1.1'), ('txtai', '9.14.0'),
)
JSON = ('--output-format', 'json', '--exit-zero')  # the findings, read once outside the timed runs
# how an LLM900 message goes on after "file not checked: "
REASONS = ('syntax error', 'too complex', 'internal error')


def unchecked(findings: list[dict[str, object]]) -> collections.Counter[str]:
    """The files not checked, by reason (``other``: unreadable, too large, ...)."""
    reasons: collections.Counter[str] = collections.Counter()
    for finding in findings:
        if finding['code'] == 'LLM900':
            text = str(finding['message']).removeprefix('file not checked: ')
            reasons[next((reason for reason in REASONS if text.startswith(reason)), 'other')] += 1
    return reasons


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--runs', type=int, default=1, help='rounds (default: 1)')
    args = parser.parse_args(argv)
    score = speed.accuracy_benchmark()
    roots = {
        f'{name} {version}': score.unpacked(score.Package(name, version, (), (), ()), into=INTO)
        for name, version in PACKAGES
    }
    timings: dict[tuple[str, str], list[speed.Timing]] = collections.defaultdict(list)
    with tempfile.TemporaryDirectory() as directory:
        commands = speed.scan_commands('.', speed.ruff_config(directory))
        del commands['floor: read all bytes']
        for _ in range(args.runs):
            for label, root in roots.items():
                for tool, command in commands.items():
                    ok = (0, 1) if tool == 'check-llm-calls' else (0,)
                    timings[label, tool].append(speed.run(command, cwd=root, ok=ok))
    rows = []
    every: collections.Counter[str] = collections.Counter()
    ratios, walls = [], []
    for label, root in roots.items():
        found = json.loads(subprocess.run([*commands['check-llm-calls'], *JSON], cwd=root, capture_output=True).stdout)
        reasons = unchecked(found)
        every.update(reasons)
        runs, floor = timings[label, 'check-llm-calls'], timings[label, 'floor: ast.parse all']
        ratio = statistics.median(t.cpu / f.cpu for t, f in zip(runs, floor))
        ratios.append(ratio)
        ruff = timings.get((label, 'ruff TID251'))
        if ruff:
            walls.append(statistics.median(t.seconds / r.seconds for t, r in zip(runs, ruff)))
        rows.append((
            label, speed.python_files(root), f'{statistics.median(t.cpu for t in runs):.2f}',
            f'{statistics.median(f.cpu for f in floor):.2f}', f'{ratio:.2f}×', speed.paired(runs, ruff),
            f'{max(t.mib for t in runs):.0f}', len(found) - sum(reasons.values()),
            ', '.join(f'{n} {r}' for r, n in sorted(reasons.items())) or '',
        ))
    print(speed.machine(), '\n')
    print(speed.table(
        ('package', '.py files', 'check CPU s', 'floor CPU s', 'CPU vs floor (median of paired)',
         'wall vs ruff TID251 (median of paired)', 'peak MiB', 'findings', 'not checked'),
        rows,
    ), '\n')
    against_ruff = f'; wall vs ruff median {statistics.median(walls):.2f}×' if walls else ' (ruff not installed)'
    print(
        f'{len(roots)} packages: CPU vs the parse floor median {statistics.median(ratios):.2f}×, '
        f'at most {max(ratios):.2f}×{against_ruff}; not checked: '
        + (', '.join(f'{n} {r}' for r, n in sorted(every.items())) or 'none')
    )
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
