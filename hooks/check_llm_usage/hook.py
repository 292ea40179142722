"""``check-llm-usage``: the pre-commit hook.  Runs the checker and always exits 0."""
from __future__ import annotations

from collections.abc import Sequence

from check_llm_usage import checker
from check_llm_usage import cli
from check_llm_usage.report import printable

NEVER_BLOCKS = cli.NEVER_BLOCKS


def main(argv: Sequence[str] | None = None) -> int:
    """Warn about direct LLM calls; exit 0 whatever happens."""
    try:
        cli.tolerate_any_stdout()
        cli.run(argv, warn_only=True, prog='check-llm-usage')
    except SystemExit as exc:
        if exc.code not in (0, None):  # not --help or --version
            # argparse has already printed what was wrong with the arguments
            _say(f'check-llm-usage: invalid arguments, nothing checked ({NEVER_BLOCKS})')
    except KeyboardInterrupt:
        pass
    except BrokenPipeError:
        cli.silence_closed_stdout()
    except BaseException as exc:  # warn-only is the contract: even our own bugs pass
        where = f' while checking {printable(checker.checking)}' if checker.checking else ''
        reason = ' '.join(f'{type(exc).__name__}: {exc}'.split())
        _say(f'check-llm-usage: internal error{where}: {reason} ({NEVER_BLOCKS})')
    return 0


def _say(line: str) -> None:
    try:
        print(line, flush=True)
    except (OSError, ValueError):  # stdout closed or gone: nobody is left to tell
        cli.silence_closed_stdout()


if __name__ == '__main__':
    raise SystemExit(main())
