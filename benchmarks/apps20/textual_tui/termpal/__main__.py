"""Entry point: ``python -m termpal`` / ``termpal``."""

from __future__ import annotations

import argparse
import sys

from termpal import __version__
from termpal.config import PROVIDERS


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="termpal", description="Terminal assistant")
    parser.add_argument("-p", "--prompt", help="run headless: answer PROMPT and exit")
    parser.add_argument("--provider", choices=PROVIDERS)
    parser.add_argument("-m", "--model")
    parser.add_argument("--version", action="version", version=f"termpal {__version__}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.prompt:
        from termpal.headless import run

        return run(args)

    from termpal.app import TermpalApp
    from termpal.config import load_settings

    settings = load_settings()
    if args.provider:
        settings.provider = args.provider
    if args.model:
        settings.models[settings.provider] = args.model
    TermpalApp(settings).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
