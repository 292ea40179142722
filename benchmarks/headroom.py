"""What bounds the checker on LLM-dense code: issue 13's litellm targets against the checker
with parts of its work taken away, side by side.

Usage (from the repository root, with the package installed in the running Python):
    python benchmarks/headroom.py [--runs N]

On the litellm 1.110.2 source (downloaded into benchmarks/.cache/ as benchmarks/speed.py
does), each round runs, one after the other: speed.py's ``ast.parse`` floor, and the checker
(``cli.main``, every core) in a Python that first takes part of its work away.  These are
measurements of what each part costs, not modes of the tool:

- as it is;
- no argument resolved: ``Matcher.references`` finds nothing (the SDK callables handed to
  another call are then missed);
- no call resolved either: nor does ``Matcher.match``.  What is left is reading, the
  pre-filter, the import graph, parsing and building scope models: the least a checker that
  resolves names through scope models spends;
- fewer modules kept parsed: 1 MiB or 512 KiB of their source instead of 2 (the peak, against
  the modules parsed again).

Prints a Markdown table: medians over the rounds of CPU seconds (user + system, the workers
included), the median of the per-round ratios to the floor's CPU, the peak MiB of the largest
process, and the findings each variant reports (counted once, outside the timed runs).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import speed  # noqa: E402  (beside this file: its floor, timing and litellm download)

CHECK = '''
import sys
from check_llm_usage import cli, matching, project, values
{patch}
sys.exit(cli.main(['--exit-zero', *sys.argv[1:], '.']))
'''
VARIANTS = {
    'check-llm-calls as it is': '',
    'no argument resolved': 'matching.Matcher.references = lambda self, call, codes: iter(())',
    'no call resolved': (
        'matching.Matcher.references = lambda self, call, codes: iter(())\n'
        'matching.Matcher.match = lambda self, call, codes: None'
    ),
    'modules kept: 1 MiB of source': 'project.KEPT_BYTES = values.KEPT_BYTES = 1 << 20',
    'modules kept: 512 KiB of source': 'project.KEPT_BYTES = values.KEPT_BYTES = 1 << 19',
}


def findings(code: str, cwd: str) -> int:
    """How many findings the variant reports."""
    output = subprocess.run(
        [sys.executable, '-c', code, '--output-format', 'json'], cwd=cwd, capture_output=True, check=True,
    ).stdout
    return len(json.loads(output))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--runs', type=int, default=3, help='rounds (default: 3)')
    args = parser.parse_args(argv)
    source = speed.litellm_source()
    commands = {'floor: ast.parse of every file': [sys.executable, '-c', speed.PARSE_FLOOR, source]}
    codes = {name: CHECK.format(patch=patch) for name, patch in VARIANTS.items()}
    commands.update({name: [sys.executable, '-c', code, '-q'] for name, code in codes.items()})
    timings: dict[str, list[speed.Timing]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            timings[name].append(speed.run(command, cwd=source))
    floor = timings['floor: ast.parse of every file']
    rows = []
    for name, runs in timings.items():
        ratios = [t.cpu / f.cpu for t, f in zip(runs, floor)]
        rows.append((
            name, f'{statistics.median(t.cpu for t in runs):.2f}', f'{statistics.median(ratios):.2f}×',
            f'{max(t.mib for t in runs):.0f}', findings(codes[name], source) if name in codes else '',
        ))
    print(speed.machine(), '\n')
    print(speed.table(('litellm source', 'median CPU s', 'CPU vs floor (median of paired)', 'peak MiB', 'findings'), rows))
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
