import argparse
import asyncio
import logging

from bot.client import Bot
from bot.config import load_config


def main() -> None:
    parser = argparse.ArgumentParser(prog="matrix-llm-bot")
    parser.add_argument("--config", default="config.yaml")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    config = load_config(args.config)
    bot = Bot(config)
    try:
        asyncio.run(bot.run())
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
