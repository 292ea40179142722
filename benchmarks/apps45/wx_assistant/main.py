#!/usr/bin/env python3
"""Entry point for the research assistant desktop app."""
import logging
import sys

from research_assistant.app import ResearchApp


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    level = logging.DEBUG if "--debug" in argv else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = ResearchApp(redirect=False)
    app.MainLoop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
