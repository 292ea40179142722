import logging
import os
import sys

_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
_NOISY = ("httpx", "httpcore", "openai._base_client", "anthropic._base_client", "mcp.server.lowlevel")


def configure_logging(level: str = "INFO") -> None:
    """Log to stderr only.

    With the stdio transport stdout *is* the protocol stream, so anything
    printed there corrupts the session.
    """
    root = logging.getLogger()
    if getattr(root, "_helix_configured", False):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.handlers[:] = [handler]
    root.setLevel(os.environ.get("HELIX_LOG_LEVEL", level).upper())
    for name in _NOISY:
        logging.getLogger(name).setLevel(logging.WARNING)
    root._helix_configured = True  # type: ignore[attr-defined]
