"""``check-llm-usage``: the pre-commit hook.  Runs the checker and always exits 0.

Most commits stage files that mention nothing an LLM rule needs.  For those the hook reads
the bytes and stops, before importing argparse, ast and the analyzer: that is most of its
start-up time.  Staged files that may have something to report, with no config file, are
checked with the defaults and reported without argparse or the config reader.  Anything else
(options, a config, an odd path) gets the full run.  No garbage is collected meanwhile (the
checker frees what it builds by reference counting), and the process ends without Python's
teardown (``run``).
"""
from __future__ import annotations

import gc
import os
import sys

from check_llm_usage import catalogue
from check_llm_usage import prefilter
from check_llm_usage.project import Project
from check_llm_usage.project import top_directory
from check_llm_usage.source import DEFAULT_MAX_FILE_SIZE
from check_llm_usage.source import pyprojects
from check_llm_usage.source import read_settings
from check_llm_usage.source import read_source

# typing.TYPE_CHECKING without importing typing or collections (the hook's start-up time)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import NoReturn

NEVER_BLOCKS = 'this check never blocks commits'
# how main runs (plan): nothing to do; the defaults on plain files (cli.check_files); cli.run
SKIP, PLAIN, FULL = 'skip', 'plain', 'full'
# config's table name, matched as config.mentions_table does; tests/test_hook_fast_path.py keeps
# them equal (importing config is what the fast path saves)
CONFIG_TABLE = b'check-llm-usage'


def main(argv: Sequence[str] | None = None) -> int:
    """Warn about direct LLM calls; exit 0 whatever happens."""
    # a short run, and the checker frees what it builds by reference counting (check_all):
    # collections while importing the analyzer were 2 ms of the 28 a file with a finding took
    collecting = gc.isenabled()
    gc.disable()
    try:
        arguments = sys.argv[1:] if argv is None else argv
        how = plan(arguments)
        if how == SKIP:
            return 0
        from check_llm_usage import cli

        cli.tolerate_any_stdout()
        if how == PLAIN:
            cli.check_files(arguments, warn_only=True, prog='check-llm-usage')
        else:
            cli.run(argv, warn_only=True, prog='check-llm-usage')
    except SystemExit as exc:
        if exc.code not in (0, None):  # not --help or --version
            # argparse has already printed what was wrong with the arguments
            _say(f'check-llm-usage: invalid arguments, nothing checked ({NEVER_BLOCKS})')
    except KeyboardInterrupt:
        pass
    except BrokenPipeError:
        _silence_closed_stdout()
    except BaseException as exc:  # warn-only is the contract: even our own bugs pass
        checking = getattr(sys.modules.get('check_llm_usage.checker'), 'checking', None)
        where = f' while checking {_printable(checking)}' if checking else ''
        reason = ' '.join(f'{type(exc).__name__}: {exc}'.split())
        _say(f'check-llm-usage: internal error{where}: {reason} ({NEVER_BLOCKS})')
    finally:
        if collecting:
            gc.enable()
    return 0


def plan(arguments: Sequence[str]) -> str:
    """How to run on ``arguments``: SKIP, PLAIN or FULL.

    Both SKIP and PLAIN need file paths only (no options), no config file that could change
    the rules, and regular files within the default size.  SKIP (the full run would provably
    print nothing) also needs bytes that no rule, tracker or suppression comment could use
    (``prefilter.could_report``, the test ``check_source`` itself uses); else PLAIN.
    """
    if not arguments or any(a.startswith('-') for a in arguments):
        return FULL
    how = SKIP
    try:
        if _config_possible():
            return FULL
        trackers = (catalogue.DEFAULT_TRACKER,)
        project = None
        for path in arguments:
            # read_source raises for anything but a small regular file: then the full run
            data = read_source(path, DEFAULT_MAX_FILE_SIZE)
            if how == PLAIN:
                continue
            if prefilter.could_report(data, trackers):
                how = PLAIN
            elif prefilter.may_share(data):  # names imported from the repository's own modules, or given by them
                project = project or Project(top_directory(), (), DEFAULT_MAX_FILE_SIZE)
                if project.imports_llm_values(path, data, on_disk=True):
                    how = PLAIN
    except Exception:  # anything unusual: the full run reports it properly
        return FULL
    return how


def _config_possible() -> bool:
    """True if a pyproject.toml at or above the current directory names our table (config.find)."""
    for candidate in pyprojects('.'):
        if CONFIG_TABLE in read_settings(candidate).lower().replace(b'_', b'-'):
            return True
    return False


def _printable(path: str) -> str:
    from check_llm_usage.report import printable

    return printable(path)


def _silence_closed_stdout() -> None:
    from check_llm_usage import cli

    cli.silence_closed_stdout()


def _say(line: str) -> None:
    try:
        print(line, flush=True)
    except (OSError, ValueError):  # stdout closed or gone: nobody is left to tell
        _silence_closed_stdout()


def run() -> NoReturn:
    """The hook as a process (its script, ``python -m``): ``main``, then exit with its code."""
    exit_at_once(main())


def exit_at_once(code: int) -> NoReturn:
    """End the process with ``code`` once its output is written, without Python's teardown:
    everything the run built goes with the process, where Python would first free it object
    by object (0.6 s after a scan of litellm's source) and collect garbage over it."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):  # closed or gone: nobody is left to tell
            pass
    os._exit(code)


if __name__ == '__main__':
    run()
