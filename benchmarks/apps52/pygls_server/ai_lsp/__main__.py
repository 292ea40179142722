import argparse
import logging

from ai_lsp.server import server

# Importing these modules registers their features/commands on ``server``.
from ai_lsp import features  # noqa: F401
from ai_lsp import commands  # noqa: F401


def main() -> None:
    parser = argparse.ArgumentParser(prog="ai-lsp")
    parser.add_argument("--log-file", default=None)
    parser.add_argument("--tcp", action="store_true")
    parser.add_argument("--port", type=int, default=2087)
    args = parser.parse_args()

    logging.basicConfig(
        filename=args.log_file,
        level=logging.DEBUG if args.log_file else logging.WARNING,
        format="%(asctime)s %(name)s %(levelname)s %(message)s",
    )

    if args.tcp:
        server.start_tcp("127.0.0.1", args.port)
    else:
        server.start_io()


if __name__ == "__main__":
    main()
