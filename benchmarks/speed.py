"""Time check-llm-calls against ruff and the floors, side by side, and the hook on one file.

Usage (from the repository root, with the package and benchmarks/requirements.txt installed
in the running Python):
    python benchmarks/speed.py [--runs N]

Each round runs every command once, one after the other, on: the running Python's standard
library, the app-shaped repositories of benchmarks/apps, the accuracy benchmark's corpus
(benchmarks/.cache/src) if it has been unpacked, and the source of litellm 1.110.2 (a
code base that names an LLM SDK in nearly every file; its wheel is downloaded into
benchmarks/.cache/ on first use, skipped with a note if that fails) and its largest file alone.
Commands: ``check-llm-calls TARGET``; ``ruff check --select TID251`` with a banned-api config
generated from the catalogue (the accuracy benchmark's), ``--no-cache``, if ruff is
installed; the floors: reading every file's bytes, and ``ast.parse`` of every file; each in
the target's directory (a file's own), where a user would run them.  Then the
single-file hook runs (a clean file, a file with a finding, console script and ``python -m``)
against ``python -c pass``, all interleaved.  Prints Markdown tables: medians over the rounds
of wall and CPU time (user + system of the process and the children it waited for), the
median of the per-round ratios to ruff's wall time and to the ``ast.parse`` floor's CPU time
(or to ``python -c pass``), files/s, peak memory (maxrss: for a command that forks, that of its
largest process, not their sum), and the files the checker parses on each repository.
"""
from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
import types
from collections.abc import Sequence
from typing import NamedTuple

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, '.cache', 'src')
# LLM-dense code (issue 13): unpacked beside the accuracy corpus, not in it
LITELLM = ('litellm', '1.110.2')
LITELLM_INTO = os.path.join(HERE, '.cache', 'speed')
LITELLM_LARGEST = os.path.join('litellm', 'proxy', 'proxy_server.py')  # 23k lines
BIN = os.path.dirname(sys.executable)
SKIP_DIRS = ('__pycache__', 'site-packages')
# the floors: the least any checker that reads (or parses) every file must spend (or the one file given)
READ_FLOOR = '''
import os, sys
top = sys.argv[1]
walk = os.walk(top) if os.path.isdir(top) else [('', [], [top])]
for root, dirs, names in walk:
    dirs[:] = [d for d in dirs if not d.startswith('.') and d not in {skip!r}]
    for name in names:
        if name.endswith('.py'):
            with open(os.path.join(root, name), 'rb') as f:
                f.read()
'''.format(skip=SKIP_DIRS)
PARSE_FLOOR = READ_FLOOR.replace('import os', 'import ast, os').replace('f.read()', '''data = f.read()
            try:
                ast.parse(data)
            except (SyntaxError, ValueError):  # the stdlib's test data has broken files
                pass''')
SMALL_FILE = '''"""A small module, as a commit would stage it."""
from __future__ import annotations

import os


def greeting(name: str) -> str:
    """Say hello."""
    return f'hello {name} from {os.getpid()}'


class Counter:
    def __init__(self) -> None:
        self.count = 0

    def add(self, n: int = 1) -> int:
        self.count += n
        return self.count
'''
# a staged file importing three modules of its repository (none of which names an LLM SDK)
FIRST_PARTY = {
    'app/__init__.py': '',
    'app/config.py': 'import os\n\nDEBUG = os.environ.get("DEBUG") == "1"\n',
    'app/models.py': 'from dataclasses import dataclass\n\n\n@dataclass\nclass User:\n    name: str\n',
    'app/utils.py': 'def slug(text: str) -> str:\n    return text.lower().replace(" ", "-")\n',
    'app/views.py': (
        'from app.config import DEBUG\nfrom app.models import User\nfrom app.utils import slug\n\n\n'
        'def show(user: User) -> str:\n    return slug(user.name) if not DEBUG else user.name\n'
    ),
}
# a staged file with one finding: the hook has something to print
ONE_FINDING = 'import litellm\n\n\ndef ask(question: str) -> str:\n    return litellm.completion(model="gpt-4o", messages=[question])\n'
APPS = os.path.join(HERE, 'apps')
# what the project layer adds on a full scan: files parsed, modules read by its gate and parsed
PROJECT_COUNTS = '''
import sys
from check_llm_usage import checker, files, prefilter
checker.PARALLEL_FROM = 10 ** 9  # one process: its project layer's counts are the run's
paths = files.collect(['.'])
options = checker.Options()
checker.check_all(paths, options)
datas = [(p, open(p, 'rb').read()) for p in paths]
alone = sum(prefilter.needs_parse(d, options.trackers) for _, d in datas)
checked = sum(prefilter.needs_parse(d, options.trackers) or checker._imports_llm_values(p, d, options) for p, d in datas)
project = next(iter(checker._PROJECTS.values()))
print(len(paths), alone, checked, len(project._masks), project.parsed)
'''


class Timing(NamedTuple):
    """One run of one command: wall and CPU seconds, peak resident memory in MiB."""

    seconds: float
    cpu: float
    mib: float


def run(command: Sequence[str], cwd: str | None = None, ok: Sequence[int] = (0,)) -> Timing:
    """Run ``command`` with its output discarded; its wall time, CPU time and maxrss.

    The CPU time is user + system of the process and of the children it waited for (the
    checker's forked workers); maxrss is that of the largest of them.
    """
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode(errors='replace') if process.stderr else ''
    if process.returncode not in ok:
        raise SystemExit(f'{" ".join(command)} exited {process.returncode}:\n{error}')
    return Timing(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def python_files(root: str) -> int:
    """How many .py files the floors read below ``root`` (1 for a file)."""
    if os.path.isfile(root):
        return 1
    count = 0
    for _, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith('.') and d not in SKIP_DIRS]
        count += sum(name.endswith('.py') for name in names)
    return count


def accuracy_benchmark() -> types.ModuleType:
    """The accuracy benchmark's module (score.py, Python 3.11+): its banned-api config, its download."""
    sys.path.insert(0, os.path.join(HERE, 'accuracy'))
    import score

    return score


def ruff_config(directory: str) -> str | None:
    """The accuracy benchmark's ruff.toml (catalogue banned-api), written to ``directory``."""
    if not os.path.exists(os.path.join(BIN, 'ruff')):
        return None
    banned_api_config = accuracy_benchmark().ruff_config

    path = os.path.join(directory, 'ruff.toml')
    with open(path, 'w') as f:
        f.write(banned_api_config())
    return path


def scan_commands(target: str, config: str | None) -> dict[str, list[str]]:
    """The tools timed on a directory, by name."""
    commands = {'check-llm-calls': [os.path.join(BIN, 'check-llm-calls'), target]}
    if config:
        commands['ruff TID251'] = [
            os.path.join(BIN, 'ruff'), 'check', '--config', config, '--no-cache', '--exit-zero',
            '--quiet', target,
        ]
    commands['floor: read all bytes'] = [sys.executable, '-c', READ_FLOOR, target]
    commands['floor: ast.parse all'] = [sys.executable, '-c', PARSE_FLOOR, target]
    return commands


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table."""
    lines = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    lines += ['| ' + ' | '.join(str(c) for c in row) + ' |' for row in rows]
    return '\n'.join(lines)


def paired(timings: Sequence[Timing], base: Sequence[Timing] | None, field: str = 'seconds') -> str:
    """The median of the per-round ratios of ``field`` (wall ``seconds`` or ``cpu``) to ``base``'s."""
    if not base:
        return 'n/a'
    return f'{statistics.median(getattr(t, field) / getattr(b, field) for t, b in zip(timings, base)):.2f}×'


def scans(targets: dict[str, str], config: str | None, runs: int) -> str:
    """Time every tool on every target, interleaved, and tabulate."""
    times: dict[tuple[str, str], list[Timing]] = {}
    for _ in range(runs):
        for label, target in targets.items():
            for tool, command in scan_commands(target, config).items():
                ok = (0, 1) if tool == 'check-llm-calls' else (0,)
                # in the target's directory, as a user runs the checker in a repository: the project
                # layer's top is found from there (the stdlib's imports resolve inside it)
                directory = target if os.path.isdir(target) else os.path.dirname(target)
                times.setdefault((label, tool), []).append(run(command, cwd=directory, ok=ok))
    rows = []
    for (label, tool), timings in times.items():
        files = python_files(targets[label])
        seconds = statistics.median(t.seconds for t in timings)
        rows.append((
            label, tool, files, f'{seconds:.3f}', f'{statistics.median(t.cpu for t in timings):.3f}',
            paired(timings, times.get((label, 'ruff TID251'))),
            paired(timings, times[label, 'floor: ast.parse all'], 'cpu'),
            f'{files / seconds:,.0f}', f'{max(t.mib for t in timings):.1f}',
        ))
    return table(
        ('target', 'command', '.py files', 'median wall s', 'median CPU s', 'wall vs ruff (median of paired)',
         'CPU vs ast.parse floor (median of paired)', 'files/s', 'peak MiB'),
        rows,
    )


def hook(runs: int) -> str:
    """The hook on one small staged file against starting the interpreter."""
    commands = {
        '`python -c pass`': [sys.executable, '-c', 'pass'],
        # what argparse (the CLI) and typing (the catalogue's records) cost on their own
        '`python -c "import argparse, typing"`': [sys.executable, '-c', 'import argparse, typing'],
        # what pip's console-script wrapper does before calling the hook: the floor of the next row
        '`python -c "import re; re.sub(...)"`': [
            sys.executable, '-c', "import re, sys; re.sub(r'(-script\\.pyw|\\.exe)?$', '', sys.argv[0])",
        ],
        '`check-llm-usage one_small_file.py`': [os.path.join(BIN, 'check-llm-usage'), 'one_small_file.py'],
        '`check-llm-usage one_finding.py` (one finding to print)': [
            os.path.join(BIN, 'check-llm-usage'), 'one_finding.py',
        ],
        '`check-llm-usage app/views.py` (imports 3 modules of its repository)': [
            os.path.join(BIN, 'check-llm-usage'), 'app/views.py',
        ],
        '`python -m check_llm_usage.hook one_small_file.py`': [
            sys.executable, '-m', 'check_llm_usage.hook', 'one_small_file.py',
        ],
    }
    times: dict[str, list[Timing]] = {name: [] for name in commands}
    with tempfile.TemporaryDirectory() as directory:
        for name, text in (('one_small_file.py', SMALL_FILE), ('one_finding.py', ONE_FINDING)):
            with open(os.path.join(directory, name), 'w') as f:
                f.write(text)
        subprocess.run(('git', 'init', '-q', directory), check=True)
        for name, text in FIRST_PARTY.items():
            os.makedirs(os.path.join(directory, os.path.dirname(name)), exist_ok=True)
            with open(os.path.join(directory, name), 'w') as f:
                f.write(text)
        for _ in range(runs):
            for name, command in commands.items():
                times[name].append(run(command, cwd=directory))
    base = times['`python -c pass`']
    rows = [
        (
            name, f'{statistics.median(t.seconds for t in timings) * 1000:.1f}', paired(timings, base),
            f'{max(t.mib for t in timings):.1f}',
        )
        for name, timings in times.items()
    ]
    return table(('command', 'median wall ms', 'vs python -c pass (median of paired)', 'peak MiB'), rows)


def project_layer(repositories: dict[str, str]) -> str:
    """Per repository: the files a full scan parses with and without following imports, and
    the modules the project layer reads and parses."""
    rows = []
    for name, directory in repositories.items():
        out = subprocess.run((sys.executable, '-c', PROJECT_COUNTS), cwd=directory, capture_output=True, text=True, check=True)
        rows.append((name, *out.stdout.split()))
    return table(
        ('repository', 'python files', 'parsed: bytes name an SDK', 'parsed: with the gate',
         'modules the gate read', 'modules parsed to resolve names'),
        rows,
    )


def litellm_source() -> str:
    """The unpacked litellm wheel (downloaded the first time); SystemExit if it cannot be."""
    score = accuracy_benchmark()
    return score.unpacked(score.Package(*LITELLM, calls=(), negatives=(), unscored=()), into=LITELLM_INTO)


def machine() -> str:
    """One line about where the numbers come from."""
    cpu = platform.processor() or platform.machine()
    try:
        with open('/proc/cpuinfo') as f:
            cpu = next(line.split(':', 1)[1].strip() for line in f if line.startswith('model name'))
    except (OSError, StopIteration):
        pass
    ruff = shutil.which('ruff', path=BIN)
    ruff_version = subprocess.run((ruff, '--version'), capture_output=True, text=True).stdout.strip() if ruff else 'no ruff'
    return (
        f'{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC; {cpu}, '
        f'{os.cpu_count()} cores, load {os.getloadavg()[0]:.2f}; Python {platform.python_version()}; {ruff_version}'
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the tables."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--runs', type=int, default=5, help='rounds of directory scans (hook: 4× as many)')
    args = p.parse_args(argv)
    targets = {'stdlib': sysconfig.get_paths()['stdlib'], 'app corpus (benchmarks/apps)': APPS}
    repositories = {
        name: os.path.join(APPS, name) for name in sorted(os.listdir(APPS))
        if os.path.isdir(os.path.join(APPS, name))
    }
    notes = []
    if os.path.isdir(CORPUS):
        targets['accuracy corpus'] = CORPUS
    else:
        notes.append(f'{os.path.relpath(CORPUS)} is absent (run benchmarks/accuracy/score.py first): skipped.')
    try:
        litellm = litellm_source()
    except SystemExit as exc:  # no network: the other targets still tell something
        notes.append(f'litellm {LITELLM[1]} could not be downloaded, skipped: {exc}')
    else:
        targets[f'litellm {LITELLM[1]} source'] = repositories[f'litellm {LITELLM[1]} source'] = litellm
        targets[f'litellm {LITELLM_LARGEST}'] = os.path.join(litellm, LITELLM_LARGEST)
    with tempfile.TemporaryDirectory() as directory:
        config = ruff_config(directory)
        if config is None:
            notes.append('ruff is not installed (pip install -r benchmarks/requirements.txt): skipped.')
        print(machine(), '\n')
        print(scans(targets, config, args.runs), '\n')
    print(hook(args.runs * 4), '\n')
    print(project_layer(repositories))
    for note in notes:
        print(f'\n{note}')
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
