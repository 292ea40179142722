"""Score check-llm-calls on README-style usage of every surveyed LLM SDK.

Usage (from the repository root):
    python benchmarks/sdks/score.py [--checker PATH] [--markdown]

``snippets/`` holds one file per SDK, written from the SDK's own README and docs (sync and
async usage where the SDK has both).  Each billable call carries a ``# bills: <provider>``
comment on the line where the call starts; every other line must stay silent.  The checker
runs with its default rule selection; a label is *found* when a finding is on its line and
*attributed* when such a finding's rule group is the labelled provider.  The group of a code
comes from the checker's own ``--list-rules``, so an older install (the "before" figure) is
scored with its own codes.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import subprocess
import sys
from typing import NamedTuple

HERE = os.path.dirname(os.path.abspath(__file__))
SNIPPETS = os.path.join(HERE, 'snippets')
LABEL = re.compile(r'#\s*bills:\s*(\w+)')


class Score(NamedTuple):
    """One snippet file's result."""

    name: str
    calls: int
    found: int
    attributed: int
    false_alarms: tuple[str, ...]
    misses: tuple[str, ...]


def labels(path: str) -> dict[int, str]:
    """Line -> provider of the billable calls labelled in ``path``; each must start a call."""
    with open(path, encoding='utf-8') as f:
        source = f.read()
    starts = {node.lineno for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)}
    found = {}
    for number, line in enumerate(source.splitlines(), 1):
        match = LABEL.search(line)
        if match:
            if number not in starts:
                sys.exit(f'{path}:{number}: label on a line where no call starts')
            found[number] = match.group(1)
    return found


def groups(checker: str) -> dict[str, str]:
    """Rule code -> group (provider key), from the checker's ``--list-rules``."""
    out = subprocess.run([checker, '--list-rules'], capture_output=True, text=True, check=True).stdout
    return {line.split()[0]: line.split()[1] for line in out.splitlines() if line.strip()}


def findings(checker: str) -> dict[tuple[str, int], set[str]]:
    """(file name, line) -> codes reported there, default selection."""
    run = subprocess.run(
        [checker, '--format', 'json', '--exclude', '', '.'], cwd=SNIPPETS,
        capture_output=True, text=True,
    )
    found: dict[tuple[str, int], set[str]] = {}
    for f in json.loads(run.stdout):
        found.setdefault((os.path.basename(f['path']), f['line']), set()).add(f['code'])
    return found


def score(checker: str) -> list[Score]:
    """Every snippet file scored against the checker's findings."""
    code_group = groups(checker)
    reported = findings(checker)
    results = []
    for name in sorted(n for n in os.listdir(SNIPPETS) if n.endswith('.py')):
        expected = labels(os.path.join(SNIPPETS, name))
        found = attributed = 0
        misses = []
        for line, provider in sorted(expected.items()):
            codes = reported.get((name, line), set())
            found += bool(codes)
            attributed += any(code_group.get(c) == provider for c in codes)
            if not any(code_group.get(c) == provider for c in codes):
                shown = ','.join(sorted(f'{c}={code_group.get(c)}' for c in codes)) or 'nothing'
                misses.append(f'{name}:{line} {provider} (got {shown})')
        alarms = tuple(
            f'{name}:{line} {",".join(sorted(codes))}'
            for (file, line), codes in sorted(reported.items()) if file == name and line not in expected
        )
        results.append(Score(name[:-3], len(expected), found, attributed, alarms, tuple(misses)))
    return results


def main() -> None:
    """Print the per-SDK table, the totals, the misses and the false alarms."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    beside = os.path.join(os.path.dirname(sys.executable), 'check-llm-calls')  # the running venv's
    parser.add_argument('--checker', default=shutil.which('check-llm-calls') or beside, help='the check-llm-calls to score')
    args = parser.parse_args()
    if not args.checker:
        sys.exit('check-llm-calls not found; pass --checker')
    results = score(os.path.abspath(args.checker) if os.sep in args.checker else args.checker)
    print('| snippet file | billable calls | found | right provider | false alarms |')
    print('|---|---|---|---|---|')
    for r in results:
        print(f'| {r.name} | {r.calls} | {r.found} | {r.attributed} | {len(r.false_alarms)} |')
    calls = sum(r.calls for r in results)
    found = sum(r.found for r in results)
    attributed = sum(r.attributed for r in results)
    alarms = sum(len(r.false_alarms) for r in results)
    full = sum(r.attributed == r.calls for r in results)
    print(f'\nfound {found}/{calls} ({100 * found / calls:.1f}%), right provider {attributed}/{calls} '
          f'({100 * attributed / calls:.1f}%), {alarms} false alarms, {full}/{len(results)} files fully right')
    for r in results:
        for line in r.misses:
            print(f'miss: {line}')
        for line in r.false_alarms:
            print(f'false alarm: {line}')


if __name__ == '__main__':
    main()
