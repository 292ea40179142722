import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_DIR = Path(os.environ.get("TERMCODER_LOG_DIR", Path.home() / ".termcoder" / "logs"))

_configured = False


def setup_logging(verbose: bool = False) -> None:
    global _configured
    if _configured:
        return
    LOG_DIR.mkdir(parents=True, exist_ok=True)

    root = logging.getLogger("termcoder")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)

    fh = RotatingFileHandler(LOG_DIR / "termcoder.log", maxBytes=2_000_000, backupCount=3)
    fh.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(fh)

    if verbose:
        sh = logging.StreamHandler()
        sh.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(sh)

    # third-party chatter
    for noisy in ("httpx", "httpcore", "LiteLLM", "openai", "anthropic", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)

    _configured = True


def get_logger(name: str) -> logging.Logger:
    if not name.startswith("termcoder"):
        name = "termcoder." + name
    return logging.getLogger(name)
