"""Entry point: `python -m assistant [--legacy] [--port 8080]`."""
from __future__ import annotations

import logging
import sys


def main():
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if "--legacy" in sys.argv:
        sys.argv.remove("--legacy")
        from assistant.server import server
        from assistant.ui import build_ui

        build_ui()
        server.start()
        return

    from assistant.app import AnalysisApp

    app = AnalysisApp()
    app.server.start()


if __name__ == "__main__":
    main()
