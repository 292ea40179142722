"""Score check-llm-calls, the seed's regex script and ruff's banned-api on labelled real code.

Usage (from the repository root, with the package installed in the running Python):
    python benchmarks/accuracy/score.py [--labels FILE] [PACKAGE ...]
    python benchmarks/accuracy/score.py --apps [--labels FILE] [REPOSITORY ...]

Downloads each package of labels.toml at its pinned version into benchmarks/.cache/ (never
committed), checks that every label still points at a call, runs the three tools on the
unpacked wheel and prints Markdown tables: recall and precision overall, per package, per
provider and per shape (and same file / cross-module where labelled), then the checker's misses and false alarms.  A finding matches a
label by (path, line); several findings on one line count once.  Findings on `framework` and
`out_of_scope` lines are left out of the score.  Needs Python >= 3.11 (tomllib).

With --apps, the app-shaped repositories of benchmarks/apps/labels.toml are scored instead:
each is copied to a temporary directory, made a git repository (`git init`, `git add`) and
checked as a user would, `check-llm-calls --format json` with no path arguments.
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
import tempfile
import tomllib
import zipfile
from collections import defaultdict
from collections.abc import Iterable
from collections.abc import Sequence
from typing import NamedTuple

# rule code -> provider key of the labels (LLM020 raw HTTP, LLM030 frameworks: from the detect work)
CODE_PROVIDER = {
    'LLM001': 'litellm', 'LLM002': 'openai', 'LLM003': 'anthropic', 'LLM004': 'google',
    'LLM005': 'bedrock', 'LLM006': 'cohere', 'LLM007': 'mistral', 'LLM008': 'groq',
    'LLM009': 'together', 'LLM010': 'ollama', 'LLM011': 'huggingface',
    'LLM012': 'azure_ai_inference', 'LLM020': 'http', 'LLM030': 'framework', 'LLM031': 'framework',
    # issue 11's providers (catalogue keys); the openai SDK at their hosts is theirs
    **{f'LLM2{n:02}': key for n, key in enumerate((
        'xai', 'openrouter', 'voyage', 'watsonx', 'oci', 'fireworks', 'perplexity', 'dashscope',
        'replicate', 'cerebras', 'portkey', 'zhipu', 'sambanova', 'writer', 'ai21', 'meta_llama',
        'mixedbread', 'nomic', 'aleph_alpha', 'reka', 'premai', 'deepseek'), 1)},
}

HERE = os.path.dirname(os.path.abspath(__file__))
LABELS = os.path.join(HERE, 'labels.toml')
APP_LABELS = os.path.join(os.path.dirname(HERE), 'apps', 'labels.toml')
CACHE = os.path.join(os.path.dirname(HERE), '.cache')
# the unpacked packages of the corpus (benchmarks/speed.py times a scan of all of them)
SOURCES = os.path.join(CACHE, 'src')

# the seed script (peers.md §5.3): four per-line regexes, comment lines skipped, substring skip list
SEED_PATTERNS = (
    (re.compile(r'litellm\.completion\s*\('), 'litellm'),
    (re.compile(r'openai\.chat\.completions\.create\s*\('), 'openai'),
    (re.compile(r'client\.chat\.completions\.create\s*\('), 'openai'),
    (re.compile(r'completion\s*\(\s*model\s*='), 'litellm'),
)
SEED_SKIP = (
    'app/services/llm_usage_tracker.py', 'app/services/multi_model_service.py', 'tests/',
    'alembic/', 'scripts/check_llm_calls.py',
)
# the checker's default skip list, as ruff per-file-ignores
RUFF_IGNORES = ('**/tests/**', '**/alembic/**', '**/llm_usage_tracker.py',
                '**/multi_model_service.py', '**/check_llm_calls.py')


class Site(NamedTuple):
    """One labelled line."""

    path: str
    line: int
    provider: str
    shape: str
    note: str
    cross_module: bool = False

    @property
    def origin(self) -> str:
        """Where the call's client, getter or module comes from (the `cross_module` label)."""
        return 'cross-module' if self.cross_module else 'same file'


class Package(NamedTuple):
    """A pinned package and its labels."""

    name: str
    version: str
    calls: tuple[Site, ...]
    negatives: tuple[Site, ...]
    unscored: tuple[Site, ...]
    # path prefixes that were labelled; findings elsewhere are not scored (empty: the whole wheel)
    scope: tuple[str, ...] = ()


class Finding(NamedTuple):
    """A reported line, with the provider the tool attributed it to ('' if none)."""

    path: str
    line: int
    provider: str


def load_labels(path: str) -> list[Package]:
    """The packages (`[[package]]`) or app repositories (`[[repository]]`, no version) of a labels file."""
    with open(path, 'rb') as f:
        data = tomllib.load(f)

    def sites(entries: Iterable[dict[str, object]]) -> tuple[Site, ...]:
        return tuple(
            Site(str(e['path']), int(e['line']), str(e.get('provider', '')),  # type: ignore[call-overload]
                 str(e.get('shape', '')), str(e.get('note', '')), bool(e.get('cross_module')))
            for e in entries
        )

    return [
        Package(
            p['dir'] if 'dir' in p else p['name'], p.get('version', ''), sites(p['calls']),
            sites(p.get('negatives', ())),
            sites(p.get('framework', ())) + sites(p.get('out_of_scope', ())),
            tuple(p.get('scope', ())),
        )
        for p in data['repository' if 'repository' in data else 'package']
    ]


def unpacked(package: Package, into: str = SOURCES) -> str:
    """The package's directory in ``into`` (the corpus), downloading and unpacking the wheel if needed."""
    root = os.path.join(into, f'{package.name}-{package.version}')
    if os.path.isdir(root):
        return root
    wheels = os.path.join(CACHE, 'wheels')
    os.makedirs(wheels, exist_ok=True)
    os.makedirs(into, exist_ok=True)
    pip = subprocess.run(
        (sys.executable, '-m', 'pip', 'download', '--quiet', '--no-deps', '--only-binary', ':all:',
         '--dest', wheels, f'{package.name}=={package.version}'),
        capture_output=True, text=True,
    )
    if pip.returncode:
        raise SystemExit(f'pip download {package.name}=={package.version} failed:\n{pip.stderr}')
    stem = f'{re.sub(r"[-_.]+", "_", package.name)}-{package.version}-'.lower()
    wheel = next(w for w in os.listdir(wheels) if w.lower().startswith(stem))
    # unpack beside the final place, then rename: an interrupted run leaves no half package
    tmp = tempfile.mkdtemp(dir=into)
    with zipfile.ZipFile(os.path.join(wheels, wheel)) as z:
        z.extractall(tmp)
    os.rename(tmp, root)
    return root


def app_repository(labels: str, package: Package, work: str) -> str:
    """A copy of the app beside the labels file in `work`, as a git repository with every file added."""
    root = os.path.join(work, package.name)
    shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(labels)), package.name), root,
                    ignore=shutil.ignore_patterns('__pycache__', '.venv'))
    for command in (('git', 'init', '--quiet'), ('git', 'add', '--all')):
        git = subprocess.run(command, cwd=root, capture_output=True, text=True)
        if git.returncode:
            raise SystemExit(f'{" ".join(command)} failed in {root}:\n{git.stderr}')
    return root


def stale_labels(root: str, package: Package) -> list[str]:
    """Labels whose line starts no call or attribute reference (the callable-reference shape):
    the file changed."""
    starts: dict[str, set[int]] = {}
    problems = []
    for site in package.calls + package.negatives + package.unscored:
        if site.path not in starts:
            try:
                with open(os.path.join(root, site.path), 'rb') as f:
                    tree = ast.parse(f.read())
            except (OSError, SyntaxError) as exc:
                problems.append(f'{package.name}: {site.path}: {exc}')
                starts[site.path] = set()
                continue
            starts[site.path] = {
                n.lineno for n in ast.walk(tree) if isinstance(n, (ast.Call, ast.Attribute))
            }
        if site.line not in starts[site.path]:
            problems.append(f'{package.name}: {site.path}:{site.line}: no call starts here')
    return problems


def python_files(root: str) -> list[str]:
    """The package's Python files, relative to its root."""
    return sorted(
        os.path.relpath(os.path.join(d, n), root).replace(os.sep, '/')
        for d, _, names in os.walk(root) for n in names if n.endswith('.py')
    )


def run_checker(root: str, paths: Sequence[str] = ('.',)) -> list[Finding]:
    """check-llm-calls' findings on `paths` in root (none: the files git tracks; LLM900 left out)."""
    exe = shutil.which('check-llm-calls', path=os.path.dirname(sys.executable)) or 'check-llm-calls'
    out = subprocess.run(
        (exe, '--format', 'json', *paths), cwd=root, capture_output=True, text=True,
    )
    if out.returncode not in (0, 1):
        raise SystemExit(f'check-llm-calls failed on {root}:\n{out.stderr}')
    return [
        Finding(os.path.normpath(f['path']).replace(os.sep, '/'), f['line'],
                CODE_PROVIDER.get(f['code'], f['code']))
        for f in json.loads(out.stdout) if f['code'] != 'LLM900'
    ]


def run_seed(root: str) -> list[Finding]:
    """The seed script's four line regexes over every Python file."""
    findings = []
    for path in python_files(root):
        if any(skip in path for skip in SEED_SKIP):
            continue
        with open(os.path.join(root, path), encoding='utf-8', errors='replace') as f:
            for number, text in enumerate(f, 1):
                if text.lstrip().startswith('#'):
                    continue
                findings.extend(
                    Finding(path, number, provider)
                    for pattern, provider in SEED_PATTERNS if pattern.search(text)
                )
    return findings


def ruff_config() -> str:
    """A ruff.toml banning every catalogue function and constructor (TID251), like our defaults."""
    from check_llm_usage import catalogue

    lines = ['[lint]', 'select = ["TID251"]', '', '[lint.per-file-ignores]']
    lines += [f'"{glob}" = ["TID251"]' for glob in RUFF_IGNORES]
    lines += ['', '[lint.flake8-tidy-imports.banned-api]']
    dotted = re.compile(r'[A-Za-z_][\w]*(\.[A-Za-z_]\w*)+\Z')
    seen = set()
    for provider in catalogue.PROVIDERS:
        if not provider.enabled:
            continue
        for name in provider.functions + provider.constructors:
            if dotted.match(name) and name not in seen:
                seen.add(name)
                lines.append(f'"{name}".msg = "{provider.code}"')
    return '\n'.join(lines) + '\n'


def run_ruff(root: str, config: str) -> list[Finding]:
    """ruff's banned-api findings on the package."""
    out = subprocess.run(
        (shutil.which('ruff', path=os.path.dirname(sys.executable)) or 'ruff', 'check',
         '--config', config, '--no-cache', '--exit-zero', '--output-format', 'json', '.'),
        cwd=root, capture_output=True, text=True,
    )
    if out.returncode != 0:
        raise SystemExit(f'ruff failed on {root}:\n{out.stderr}')
    findings = []
    for f in json.loads(out.stdout):
        if f['code'] != 'TID251':
            continue
        code = re.search(r'LLM\d{3}', f['message'])
        findings.append(Finding(
            os.path.relpath(f['filename'], root).replace(os.sep, '/'), f['location']['row'],
            CODE_PROVIDER.get(code.group(), '') if code else '',
        ))
    return findings


class Score(NamedTuple):
    """Counts for one group of labels and findings."""

    tp: int
    fn: int
    fp: int

    def recall(self) -> str:
        """The recall with two decimals, or a dash when the group has no labels."""
        return f'{self.tp / (self.tp + self.fn):.2f}' if self.tp + self.fn else '–'

    def cell(self) -> str:
        """'recall / precision'; a dash where there is nothing to divide by."""
        precision = f'{self.tp / (self.tp + self.fp):.2f}' if self.tp + self.fp else '–'
        return f'{self.recall()} / {precision}'


class Outcome(NamedTuple):
    """One tool on one package: matched labels, missed labels, false findings."""

    found: list[Site]
    missed: list[Site]
    false: list[tuple[Finding, str]]
    # matched labels reported under another provider's code, with that provider
    other_code: list[tuple[Site, str]]


def judge(package: Package, findings: Sequence[Finding]) -> Outcome:
    """Match findings to labels by (path, line)."""
    calls = {(s.path, s.line): s for s in package.calls}
    negatives = {(s.path, s.line): s.note for s in package.negatives}
    unscored = {(s.path, s.line) for s in package.unscored}
    reported: dict[tuple[str, int], Finding] = {}
    for f in findings:
        if not package.scope or f.path.startswith(package.scope):
            reported.setdefault((f.path, f.line), f)
    false = [
        (f, negatives.get(key, 'unlabelled'))
        for key, f in sorted(reported.items()) if key not in calls and key not in unscored
    ]
    return Outcome(
        [s for key, s in calls.items() if key in reported],
        [s for key, s in calls.items() if key not in reported],
        false,
        [(s, reported[key].provider) for key, s in calls.items()
         if key in reported and reported[key].provider not in (s.provider, '')],
    )


def scores(outcomes: Iterable[Outcome], key: str) -> dict[str, Score]:
    """Counts grouped by 'provider', 'shape' or 'origin' (false findings only have a provider)."""
    tp: dict[str, int] = defaultdict(int)
    fn: dict[str, int] = defaultdict(int)
    fp: dict[str, int] = defaultdict(int)
    for o in outcomes:
        for s in o.found:
            tp[getattr(s, key)] += 1
        for s in o.missed:
            fn[getattr(s, key)] += 1
        if key == 'provider':
            for f, _ in o.false:
                fp[f.provider or '?'] += 1
    return {k: Score(tp[k], fn[k], fp[k]) for k in sorted({*tp, *fn, *fp})}


def total(outcomes: Iterable[Outcome]) -> Score:
    """Counts over all outcomes."""
    outcomes = list(outcomes)
    return Score(sum(len(o.found) for o in outcomes), sum(len(o.missed) for o in outcomes),
                 sum(len(o.false) for o in outcomes))


def table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A Markdown table."""
    lines = ['| ' + ' | '.join(header) + ' |', '|' + '---|' * len(header)]
    lines += ['| ' + ' | '.join(str(c) for c in row) + ' |' for row in rows]
    return '\n'.join(lines)


def report(packages: Sequence[Package], results: dict[str, list[Outcome]], apps: bool = False) -> str:
    """All tables and the checker's misses and false alarms (`apps`: per repository, not package)."""
    tools = list(results)
    head = [f'{t} R / P' for t in tools]
    if apps:
        per_package = table(
            ['repository', 'calls', 'cross-module', *head],
            [(p.name, len(p.calls), sum(s.cross_module for s in p.calls),
              *(total([results[t][i]]).cell() for t in tools)) for i, p in enumerate(packages)])
    else:
        per_package = table(
            ['package', 'version', 'calls', *head],
            [(p.name, p.version, len(p.calls), *(total([results[t][i]]).cell() for t in tools))
             for i, p in enumerate(packages)])
    out = ['## Overall (recall / precision)', '',
           table(['tool', 'labelled calls', 'found', 'missed', 'false findings', 'recall / precision'],
                 [(t, s.tp + s.fn, s.tp, s.fn, s.fp, s.cell())
                  for t, s in ((t, total(results[t])) for t in tools)]),
           '', f'## Per {"repository" if apps else "package"}', '', per_package]
    origins = ('origin',) if any(s.cross_module for p in packages for s in p.calls) else ()
    for key in ('provider', 'shape', *origins):
        per_tool = {t: scores(results[t], key) for t in tools}
        groups = sorted({g for t in tools for g in per_tool[t]})
        zero = Score(0, 0, 0)
        # a false finding has no shape, so shapes only have a recall
        cell = Score.cell if key == 'provider' else Score.recall
        first = per_tool[tools[0]]
        out += ['', f'## Per {key}', '',
                table([key, 'calls', *(head if key == 'provider' else [f'{t} R' for t in tools])],
                      [(g, first.get(g, zero).tp + first.get(g, zero).fn,
                        *(cell(per_tool[t].get(g, zero)) for t in tools)) for g in groups])]
    checker = results[tools[0]]
    missed: dict[str, list[str]] = defaultdict(list)
    false: dict[str, list[str]] = defaultdict(list)
    other_code = []
    for p, o in zip(packages, checker):
        other_code += [f'{p.name} {s.path}:{s.line} ({s.provider} reported as {got})'
                       for s, got in o.other_code]
        for s in o.missed:
            missed[s.shape].append(f'{p.name} {s.path}:{s.line} ({s.provider})')
        for f, note in o.false:
            false[note if note == 'unlabelled' else 'labelled negative'].append(
                f'{p.name} {f.path}:{f.line} ({f.provider})' + ('' if note == 'unlabelled' else f': {note}'))
    out += ['', f'## {tools[0]}: missed calls by shape', '']
    for shape in sorted(missed):
        out.append(f'- **{shape}** ({len(missed[shape])}): ' + '; '.join(missed[shape]))
    out += ['', f'## {tools[0]}: false findings', '']
    for kind in sorted(false):
        out.append(f'- **{kind}** ({len(false[kind])}): ' + '; '.join(false[kind]))
    out += ['', f'## {tools[0]}: calls found under another provider\'s code ({len(other_code)})', '']
    out += [f'- {line}' for line in other_code]
    return '\n'.join(out) + '\n'


def main(argv: Sequence[str] | None = None) -> int:
    """Score the tools on the labelled packages (or app repositories) and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('packages', nargs='*', metavar='PACKAGE',
                        help='only these packages (with --apps: these repositories)')
    parser.add_argument('--apps', action='store_true',
                        help='score the app-shaped repositories of benchmarks/apps/, each as a '
                             'temporary git repository checked with no path arguments')
    parser.add_argument('--labels', metavar='FILE',
                        help='the labels file (default: labels.toml beside this script, '
                             'with --apps benchmarks/apps/labels.toml)')
    args = parser.parse_args(argv)
    labels = args.labels or (APP_LABELS if args.apps else LABELS)
    packages = [p for p in load_labels(labels) if not args.packages or p.name in args.packages]
    with tempfile.TemporaryDirectory() as work:
        if args.apps:
            roots = [app_repository(labels, p, work) for p in packages]
        else:
            roots = [unpacked(p) for p in packages]
        return score(packages, roots, apps=args.apps)


def score(packages: Sequence[Package], roots: Sequence[str], apps: bool) -> int:
    """Run the tools on the roots, print the tables; 1 if some label is stale."""
    problems = [line for p, root in zip(packages, roots) for line in stale_labels(root, p)]
    for line in problems:
        print(f'stale label: {line}', file=sys.stderr)

    paths = () if apps else ('.',)
    results: dict[str, list[Outcome]] = {
        'check-llm-calls': [judge(p, run_checker(r, paths)) for p, r in zip(packages, roots)],
        'seed regex': [judge(p, run_seed(r)) for p, r in zip(packages, roots)],
    }
    notes = []
    if shutil.which('ruff', path=os.path.dirname(sys.executable)) or shutil.which('ruff'):
        with tempfile.TemporaryDirectory() as tmp:
            config = os.path.join(tmp, 'ruff.toml')
            with open(config, 'w') as f:
                f.write(ruff_config())
            results['ruff TID251'] = [judge(p, run_ruff(r, config)) for p, r in zip(packages, roots)]
    else:
        notes.append('ruff is not installed (pip install -r benchmarks/requirements.txt): skipped.')
    print(report(packages, results, apps) + ''.join(f'\n{n}\n' for n in notes), end='')
    return 1 if problems else 0


if __name__ == '__main__':
    raise SystemExit(main())
