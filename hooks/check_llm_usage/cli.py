"""``check-llm-calls``: the checker.  Exit 0 clean, 1 findings, 2 usage or config error."""
from __future__ import annotations

import gc
import os
import sys

from check_llm_usage import __version__
from check_llm_usage import config
from check_llm_usage import files
from check_llm_usage import report
from check_llm_usage.findings import Finding
from check_llm_usage.checker import Options
from check_llm_usage.checker import check_all
from check_llm_usage.checker import check_source
from check_llm_usage.findings import UNCHECKED
from check_llm_usage.source import DEFAULT_MAX_FILE_SIZE
from check_llm_usage.source import FileTooLarge

# typing.TYPE_CHECKING without importing typing; argparse is imported only to read options
TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections import Counter

    from collections.abc import Callable
    from collections.abc import Sequence
    from typing import NoReturn

    from check_llm_usage.baseline import Key
    from check_llm_usage.findings import Advice

NEVER_BLOCKS = 'this check never blocks commits'


def _byte_count(text: str) -> int:
    import argparse

    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f'{text!r} is not a number of bytes')
    return int(text)


def _names(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(',') if v.strip())


def parser(prog: str, warn_only: bool = False) -> argparse.ArgumentParser:
    """The command-line interface shared by the checker and the hook (which hides what it refuses)."""
    import argparse

    p = argparse.ArgumentParser(
        prog=prog,
        description='Report direct LLM API calls that bypass usage tracking.',
        allow_abbrev=False,
    )
    p.add_argument(
        'paths', nargs='*', metavar='PATH',
        help='files or directories to check (default: the Python files git tracks here); a directory '
        'walk skips hidden directories, __pycache__, node_modules, site-packages and virtualenvs (a pyvenv.cfg)',
    )
    p.add_argument(
        '--output-format', '--format', dest='format', choices=(*report.FORMATS, 'markdown'), default='text',
        metavar='FORMAT', help='text (default), json, github, sarif, or markdown (with --inventory only)',
    )
    p.add_argument('--output-file', metavar='FILE', help='write the report to FILE instead of standard output')
    p.add_argument(
        '--stdin-filename', metavar='NAME',
        help='check the code on standard input (also given as the path -) as if it were the file NAME',
    )
    p.add_argument('-q', '--quiet', action='store_true', help='print the findings only, no advice or summary')
    p.add_argument('--statistics', action='store_true', help='print the number of findings per code instead of each finding')
    p.add_argument(
        '--exit-zero', action='store_true',
        help=argparse.SUPPRESS if warn_only else 'exit 0 even when there are findings (2 still means an error)',
    )
    p.add_argument(
        '--config', metavar='FILE',
        help='read [tool.check-llm-usage] from FILE (default: the nearest pyproject.toml that has it)',
    )
    p.add_argument('--select', metavar='CODES', type=_names, help='comma-separated codes or groups to report (overrides the config)')
    p.add_argument('--ignore', metavar='CODES', type=_names, help='comma-separated codes or groups not to report (overrides the config)')
    p.add_argument('--exclude', metavar='PATTERNS', type=_names, help='comma-separated gitignore-style patterns replacing the skip list')
    p.add_argument('--extend-exclude', metavar='PATTERNS', type=_names, help='comma-separated patterns added to the skip list')
    p.add_argument(
        '--no-respect-gitignore', dest='respect_gitignore', action='store_false', default=None,
        help='walk directories without leaving out what git ignores',
    )
    p.add_argument('--baseline', metavar='FILE', help='report only findings that are not in this baseline')
    p.add_argument(
        '--write-baseline', metavar='FILE',
        help=argparse.SUPPRESS if warn_only else 'record the current findings in FILE, then exit 0',
    )
    p.add_argument('--show-stale', action='store_true', help='with --baseline: list entries that match nothing any more')
    p.add_argument(
        '--show-source', action='store_true',
        help='show each finding\'s line with a caret under the call, and what to write instead',
    )
    p.add_argument('--inventory', action='store_true', help='list every LLM call site with its tracking status and the coverage')
    p.add_argument('--list-rules', action='store_true', help='list the rule codes and exit')
    p.add_argument('--explain', metavar='CODE', help='explain a rule code and exit')
    p.add_argument(
        '--max-file-size', type=_byte_count, default=DEFAULT_MAX_FILE_SIZE, metavar='BYTES',
        help='report larger files as not checked instead of parsing them (default: %(default)s)',
    )
    p.add_argument('--version', action='version', version=f'%(prog)s {__version__}')
    return p


def parse(argv: Sequence[str], prog: str, warn_only: bool = False) -> argparse.Namespace:
    """The command line, where an argument that names an existing file is a path, never an option.

    pre-commit appends the staged file names after the hook's ``args:`` without a ``--``, and a
    repository can hold a file named ``--exclude=*.py``: only an argument that names nothing on
    disk can be an option.  Everything after ``--`` is a path too.
    """
    options: list[str] = []
    paths: list[str] = []
    for index, argument in enumerate(argv):
        if not argument.startswith('-'):
            options.append(argument)  # a path or an option's value: argparse tells them apart
        elif os.path.lexists(argument):
            paths.append(argument)
        elif argument == '--':
            paths.extend(argv[index + 1:])
            break
        else:
            options.append(argument)
    args = parser(prog, warn_only).parse_args(options)
    # once each: a consumer's arg that is also a file name would otherwise be checked twice
    args.paths = list(dict.fromkeys([*args.paths, *paths]))
    return args


def settings(args: argparse.Namespace, prog: str) -> config.Config:
    """The config file's settings (if any), overridden by the command line."""
    unreadable: list[str] = []
    path = args.config if args.config is not None else config.find('.', unreadable)
    for note in unreadable:
        print(report.printable(f'{prog}: warning: {note}'), file=sys.stderr)
    found = config.load(path) if path is not None else config.Config()
    overrides = {
        key: value for key, value in (
            ('select', args.select), ('ignore', args.ignore), ('exclude', args.exclude),
            ('extend_exclude', args.extend_exclude), ('respect_gitignore', args.respect_gitignore),
        ) if value is not None
    }
    for key in ('select', 'ignore'):
        config.codes(overrides.get(key, ()), f'--{key}')
    if overrides.get('select') == ():
        raise config.ConfigError('--select: no codes given; it would report nothing')
    return found._replace(**overrides)


def _check_arguments(args: argparse.Namespace, warn_only: bool) -> None:
    if args.format == 'markdown' and not args.inventory:
        raise files.UsageError('--format markdown needs --inventory')
    if args.inventory and args.format in ('github', 'sarif'):
        raise files.UsageError(f'--inventory prints text, json or markdown, not {args.format}')
    if args.write_baseline and (args.baseline or args.inventory):
        raise files.UsageError('--write-baseline records every finding; use it without --baseline and --inventory')
    if args.show_stale and not args.baseline:
        raise files.UsageError('--show-stale needs --baseline')
    if warn_only and args.write_baseline:
        raise files.UsageError('the hook never writes a baseline; run check-llm-calls --write-baseline FILE')
    if args.statistics and args.format != 'text':
        raise files.UsageError(f'--statistics prints text, not {args.format}')


def _stdin_name(args: argparse.Namespace) -> str | None:
    """The name the code on stdin is checked as (``-`` or ``--stdin-filename``); None: check files."""
    if '-' in args.paths:
        if len(args.paths) > 1:
            raise files.UsageError('- (stdin) cannot be checked with other paths')
        return args.stdin_filename or '-'
    if args.stdin_filename is not None and args.paths:
        raise files.UsageError('--stdin-filename names the code read from -; it takes no other paths')
    return args.stdin_filename


def _require_working_directory() -> None:
    # relative paths, config discovery and baselines all start from it
    try:
        os.getcwd()
    except OSError as exc:
        raise files.UsageError(f'cannot use the current directory ({exc.strerror or exc})') from None


def run(argv: Sequence[str] | None, *, warn_only: bool, prog: str) -> int:
    """Check the requested files and print the report; the exit code as if strict."""
    args = parse(sys.argv[1:] if argv is None else argv, prog, warn_only)
    if args.list_rules:
        return _list_rules(args, prog)
    try:
        _check_arguments(args, warn_only)
        _require_working_directory()
        setup = settings(args, prog)
        if args.explain:
            return _explain(args.explain, config.advice(setup), prog)
        accepted = _load_baseline(args.baseline) if args.baseline else None
        stdin_name = _stdin_name(args)
        unlisted: list[tuple[str, str]] = []
        paths = [stdin_name] if stdin_name is not None else files.collect(args.paths, setup.respect_gitignore, unlisted)
    except (files.UsageError, config.ConfigError) as exc:
        suffix = f' (nothing checked; {NEVER_BLOCKS})' if warn_only else ''
        print(report.printable(f'{prog}: error: {exc}{suffix}'), file=sys.stderr)
        return 2
    scope = config.PathRules(setup)
    options = config.options(setup, inventory=args.inventory, max_bytes=args.max_file_size)
    checked = [p for p in paths if not scope.excludes(p)]
    stdin = sys.stdin.buffer.read() if stdin_name is not None else b''
    results = [_check_stdin(p, stdin, options) for p in checked] if stdin_name is not None else check_all(checked, options)
    findings = _reported([*zip(checked, results), *_unlisted(unlisted, scope)], setup, scope)
    if args.write_baseline:
        return _write_baseline(args.write_baseline, findings, prog)
    baselined: list[Finding] = []
    if accepted is not None:
        findings, baselined = _apply_baseline(findings, accepted, args, checked, prog)
    advice = config.advice(setup)
    if args.inventory:
        text = _inventory(findings, baselined, args.format, advice)
    else:
        sources = {stdin_name: stdin} if stdin_name is not None else {}
        text = _report(findings, args, warn_only, len(baselined), advice, sources)
    if not _output(text, args.output_file, prog):
        return 2
    return 1 if findings and not args.inventory and not args.exit_zero else 0


def check_files(paths: Sequence[str], *, warn_only: bool, prog: str) -> int:
    """What ``run`` prints for ``paths`` (regular files, no options) with no config file, and its
    exit code, without argparse: the hook's way when a staged file has something to report."""
    setup = config.Config()
    scope = config.PathRules(setup)
    checked = [p for p in dict.fromkeys(paths) if not scope.excludes(p)]
    findings = _reported(list(zip(checked, check_all(checked, config.options(setup)))), setup, scope)
    text = report.text(findings, warn_only, advice=config.advice(setup), colour=report.colour(sys.stdout))
    if not _to_stdout(text, prog):
        return 2
    return 1 if findings else 0


def _reported(results: list[tuple[str, list[Finding]]], setup: config.Config, scope: config.PathRules) -> list[Finding]:
    """The findings of each path that ``select``, ``ignore`` and ``per-file-ignores`` report, sorted."""
    enabled = config.enabled(setup)
    findings: list[Finding] = []
    for path, found in results:
        ignored_here = scope.ignores(path) if found else frozenset()
        findings.extend(
            f for f in found if (enabled is None or f.code in enabled) and f.code not in ignored_here
        )
    return sorted(findings, key=lambda f: (f.path, f.line, f.column, f.code))


def _unlisted(directories: list[tuple[str, str]], scope: config.PathRules) -> list[tuple[str, list[Finding]]]:
    """An LLM900 finding for each directory a walk could not list (unless excluded): never a silent skip."""
    return [
        (d, [Finding(d, 1, 1, UNCHECKED, f'directory not checked: cannot list it ({reason})')])
        for d, reason in directories if not scope.excludes(d)
    ]


def _check_stdin(name: str, data: bytes, options: Options) -> list[Finding]:
    if len(data) > options.max_bytes:
        return [Finding(name, 1, 1, UNCHECKED, f'file not checked: {FileTooLarge(len(data), options.max_bytes)}')]
    return check_source(name, data, options)


def _output(text: str, path: str | None, prog: str) -> bool:
    """Write the report to stdout or to ``--output-file``; False (after saying why) if it cannot be."""
    if path is None:
        return _to_stdout(text, prog)
    try:
        with open(path, 'w', encoding='utf-8', errors='backslashreplace') as f:
            f.write(text)
    except OSError as exc:
        print(report.printable(f'{prog}: error: cannot write {path} ({exc.strerror or exc})'), file=sys.stderr)
        return False
    return True


def _to_stdout(text: str, prog: str) -> bool:
    """Write ``text`` to stdout; False (after saying why) if it is closed or full, not a traceback."""
    if sys.stdout is None:  # started with stdout closed (``>&-``)
        reason = 'stdout is closed'
    else:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
            return True
        except BrokenPipeError:  # the reader went away (``| head``): main stops quietly
            raise
        except OSError as exc:  # /dev/full
            reason = exc.strerror or str(exc)
            silence_closed_stdout()  # or the flush at exit fails again
    print(f'{prog}: error: cannot write the report ({reason})', file=sys.stderr)
    return False


def _load_baseline(path: str) -> Counter[Key]:
    # json and hashlib only for runs that use a baseline: start-up time matters for a hook
    from check_llm_usage import baseline

    try:
        return baseline.load(path)
    except baseline.BaselineError as exc:
        raise files.UsageError(str(exc)) from None


def _write_baseline(path: str, findings: list[Finding], prog: str) -> int:
    from check_llm_usage import baseline

    try:
        count = baseline.write(path, findings)
    except baseline.BaselineError as exc:
        print(report.printable(f'{prog}: error: {exc}'), file=sys.stderr)
        return 2
    print(f'{prog}: wrote {count} finding{"" if count == 1 else "s"} to {report.printable(path)}', file=sys.stderr)
    return 0


def _apply_baseline(
    findings: list[Finding], accepted: Counter[Key], args: argparse.Namespace,
    checked: list[str], prog: str,
) -> tuple[list[Finding], list[Finding]]:
    from check_llm_usage import baseline

    root = baseline.root_of(args.baseline)
    # tracked and suppressed sites (--inventory) are not findings: the baseline never absorbs them
    candidates = [f for f in findings if f.status in ('', 'untracked')]
    new, baselined = baseline.split(candidates, accepted, root)
    if args.show_stale:
        for entry in baseline.stale(accepted, candidates, checked, root):
            print(f'{prog}: stale baseline entry: {report.printable(baseline.describe(entry))}', file=sys.stderr)
    others = [f for f in findings if f.status not in ('', 'untracked')]
    return sorted(others + new, key=lambda f: (f.path, f.line, f.column, f.code)), baselined


def _inventory(findings: list[Finding], baselined: list[Finding], fmt: str, advice: Advice) -> str:
    from check_llm_usage import inventory

    every = findings + [f._replace(status='baselined') for f in baselined]
    sites = inventory.sites(sorted(every, key=lambda f: (f.path, f.line, f.column, f.code)))
    render = {'json': inventory.json_object, 'markdown': inventory.markdown}.get(fmt, inventory.text)
    return render(sites, advice)


def _report(
    findings: list[Finding], args: argparse.Namespace, warn_only: bool, baselined: int, advice: Advice,
    sources: dict[str, bytes],
) -> str:
    if args.format == 'json':
        return report.json_array(findings, advice)
    if args.format == 'github':
        return report.github(findings, advice)
    if args.format == 'sarif':
        return report.sarif(findings, advice)
    if args.statistics:
        return report.statistics(findings, warn_only, baselined, quiet=args.quiet)
    return report.text(
        findings, warn_only, baselined, advice=advice, quiet=args.quiet,
        source=_source_lines(args.max_file_size, sources) if args.show_source else None,
        colour=args.output_file is None and report.colour(sys.stdout),
    )


def _source_lines(max_bytes: int, sources: dict[str, bytes]) -> Callable[[str], list[str]]:
    """The decoded lines of a file by path (``sources``: code not on disk), read once; none if unreadable."""
    from check_llm_usage.checker import decoded_lines
    from check_llm_usage.source import read_source

    cache = {path: decoded_lines(data) for path, data in sources.items()}

    def lines(path: str) -> list[str]:
        if path not in cache:
            try:
                cache[path] = decoded_lines(read_source(path, max_bytes))
            except OSError:
                cache[path] = []
        return cache[path]

    return lines


def _list_rules(args: argparse.Namespace, prog: str) -> int:
    from check_llm_usage import rules

    if args.format not in ('text', 'json'):
        print(f'{prog}: error: --list-rules prints text or json, not {args.format}', file=sys.stderr)
        return 2
    return 0 if _to_stdout(rules.list_rules_json() if args.format == 'json' else rules.list_rules(), prog) else 2


def _explain(code: str, advice: Advice, prog: str) -> int:
    from check_llm_usage import rules

    text = rules.explain(code, advice)
    if text is None:
        print(f'{prog}: error: unknown rule code {code!r}; see --list-rules', file=sys.stderr)
        return 2
    return 0 if _to_stdout(text, prog) else 2


def tolerate_any_stdout() -> None:
    """Print paths a stdout cannot encode (``PYTHONIOENCODING=ascii``) as escapes, not errors."""
    reconfigure = getattr(sys.stdout, 'reconfigure', None)
    if reconfigure is not None:
        reconfigure(errors='backslashreplace')


def silence_closed_stdout() -> None:
    """After a BrokenPipeError: keep Python from complaining when it flushes stdout at exit."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # stdout without a file descriptor, or none
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``check-llm-calls``."""
    try:
        tolerate_any_stdout()
        return run(argv, warn_only=False, prog='check-llm-calls')
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # the reader went away (``| head``): stop quietly
        silence_closed_stdout()
        return 1


def script() -> NoReturn:
    """``check-llm-calls`` as a process (its console script, ``python -m``): ``main``, then exit
    with its code at once.  The process never collects garbage: what a check builds is freed by
    reference counting, and a collection while the report is written would walk every syntax
    tree the run keeps (30 ms after ``litellm/proxy/proxy_server.py`` alone)."""
    gc.disable()
    from check_llm_usage.hook import exit_at_once

    exit_at_once(main())


if __name__ == '__main__':
    script()
