import logging
import sys

from menubar.app import MenuBarAssistant
from menubar.settings import load_settings


def main() -> int:
    settings = load_settings()
    logging.basicConfig(
        level=logging.DEBUG if settings.debug else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    app = MenuBarAssistant(settings)
    app.run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
