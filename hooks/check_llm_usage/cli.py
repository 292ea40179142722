"""``check-llm-calls``: the checker.  Exit 0 clean, 1 findings, 2 usage or config error."""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from check_llm_usage import __version__
from check_llm_usage import catalogue
from check_llm_usage import files
from check_llm_usage import report
from check_llm_usage.checker import Finding
from check_llm_usage.checker import Options
from check_llm_usage.checker import check_path

# the file being checked, for the hook wrapper's last-resort error line
checking: str | None = None


def parser(prog: str) -> argparse.ArgumentParser:
    """The command-line interface shared by the checker and the hook."""
    p = argparse.ArgumentParser(
        prog=prog,
        description='Report direct LLM API calls that bypass usage tracking.',
    )
    p.add_argument(
        'paths', nargs='*', metavar='PATH',
        help='files or directories to check (default: the Python files git tracks here)',
    )
    p.add_argument('--format', choices=('text', 'json'), default='text', help='output format')
    p.add_argument('--version', action='version', version=f'%(prog)s {__version__}')
    return p


def run(argv: Sequence[str] | None, *, warn_only: bool, prog: str) -> int:
    """Check the requested files and print the report; the exit code as if strict."""
    global checking
    args = parser(prog).parse_args(argv)
    try:
        paths = files.collect(args.paths)
    except files.UsageError as exc:
        print(f'{prog}: error: {exc}', file=sys.stderr)
        return 2
    excluded = files.compile_patterns(catalogue.DEFAULT_EXCLUDE)
    options = Options()
    findings: list[Finding] = []
    for path in paths:
        if excluded is not None and excluded.search(files.relative(path)):
            continue
        checking = path
        findings.extend(check_path(path, options))
    checking = None
    findings.sort(key=lambda f: (f.path, f.line, f.column, f.code))
    if args.format == 'json':
        sys.stdout.write(report.json_array(findings))
    else:
        sys.stdout.write(report.text(findings, warn_only))
    sys.stdout.flush()
    return 1 if findings else 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``check-llm-calls``."""
    try:
        return run(argv, warn_only=False, prog='check-llm-calls')
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # the reader went away (``| head``): stop quietly, and keep Python from complaining
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == '__main__':
    raise SystemExit(main())
