import logging
import os
import sys

from rich.logging import RichHandler

_CONFIGURED = False


def configure_logging(level: str = "WARNING", json_output: bool = False) -> None:
    """Configure root logging once. Safe to call from every entry point."""
    global _CONFIGURED
    if _CONFIGURED:
        return

    level = os.environ.get("KESTREL_LOG_LEVEL", level).upper()
    if json_output or not sys.stderr.isatty():
        handler: logging.Handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(
            logging.Formatter('{"ts":"%(asctime)s","lvl":"%(levelname)s","log":"%(name)s","msg":"%(message)s"}')
        )
    else:
        handler = RichHandler(rich_tracebacks=True, show_path=False)

    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # the SDKs are chatty at INFO
    for noisy in ("httpx", "LiteLLM", "litellm", "huggingface_hub", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    _CONFIGURED = True


def get_logger(name: str) -> logging.Logger:
    return logging.getLogger(name)
