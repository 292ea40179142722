from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from ptk_repl import __version__
from ptk_repl.config import load_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ptk-repl")
    parser.add_argument("--provider", help="openai, anthropic, gemini, deepseek, perplexity")
    parser.add_argument("--model")
    parser.add_argument("--fullscreen", action="store_true")
    parser.add_argument("--legacy", action="store_true", help="old input()-based loop")
    parser.add_argument("--no-stream", action="store_true")
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--version", action="version", version=__version__)
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING)

    if args.legacy or not sys.stdin.isatty():
        from ptk_repl.legacy import main as legacy_main

        return legacy_main()

    config = load_config()
    if args.provider:
        config.provider = args.provider
    if args.model:
        config.model = args.model
    if args.fullscreen:
        config.fullscreen = True
    if args.no_stream:
        config.stream = False

    from ptk_repl.app import Repl

    asyncio.run(Repl(config).run())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
