"""Entry point: ``python -m querysh [database]``."""
from __future__ import annotations

import sys

from querysh.app import QueryShell
from querysh.config import load_settings


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    settings = load_settings()
    db_path = None
    if argv and not argv[0].startswith("-"):
        db_path = argv.pop(0)
    # cmd2 parses the remaining args itself (e.g. --test transcript.txt)
    sys.argv = [sys.argv[0], *argv]
    app = QueryShell(settings=settings, db_path=db_path)
    return app.cmdloop()


if __name__ == "__main__":
    sys.exit(main())
