"""``check-llm-usage``: the pre-commit hook.  Runs the checker and always exits 0."""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from check_llm_usage import checker
from check_llm_usage import cli

NEVER_BLOCKS = cli.NEVER_BLOCKS


def main(argv: Sequence[str] | None = None) -> int:
    """Warn about direct LLM calls; exit 0 whatever happens."""
    try:
        cli.run(argv, warn_only=True, prog='check-llm-usage')
    except SystemExit:
        # argparse has already printed what was wrong with the arguments
        print(f'check-llm-usage: invalid arguments, nothing checked ({NEVER_BLOCKS})')
    except KeyboardInterrupt:
        pass
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except BaseException as exc:  # warn-only is the contract: even our own bugs pass
        where = f' while checking {checker.checking}' if checker.checking else ''
        reason = ' '.join(f'{type(exc).__name__}: {exc}'.split())
        print(f'check-llm-usage: internal error{where}: {reason} ({NEVER_BLOCKS})')
    return 0


if __name__ == '__main__':
    raise SystemExit(main())
