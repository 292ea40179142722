import logging

from bot.config import settings
from bot.core import ChatBot


def main() -> None:
    logging.basicConfig(
        level=logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    bot = ChatBot(settings)
    bot.run()


if __name__ == "__main__":
    main()
