"""Process-wide shared services.

``main()`` calls :func:`init` once; everything else reads the module
attributes (``services.openai_client`` etc.).  Tests swap them for fakes.
"""
from __future__ import annotations

import logging
import queue
from typing import TYPE_CHECKING, Any

from tray import settings
from tray.llm import clients, registry

if TYPE_CHECKING:  # pragma: no cover
    from tray.history import HistoryStore
    from tray.popup import PopupController

log = logging.getLogger(__name__)

openai_client: Any = None
anthropic_client: Any = None
genai_client: Any = None
xai_client: Any = None
hf_client: Any = None

jobs: "queue.Queue[Any]" = queue.Queue()
results: "queue.Queue[Any]" = queue.Queue()
history: "HistoryStore | None" = None
popup: "PopupController | None" = None
icon: Any = None


def init(cfg: settings.Settings | None = None) -> None:
    global openai_client, anthropic_client, genai_client, xai_client, hf_client, history
    cfg = cfg or settings.load()
    from tray.history import HistoryStore

    if cfg.key_for("openai"):
        openai_client = clients.make_openai_client()
    if cfg.key_for("anthropic"):
        anthropic_client = clients.get_anthropic()
    if cfg.key_for("google"):
        genai_client = clients.get_genai_client()
    if cfg.key_for("xai"):
        xai_client = clients.get_xai_client()
    hf_client = clients.get_hf_client()
    history = HistoryStore(settings.config_dir() / "history.sqlite3")
    registry.register_defaults()
    log.info(
        "services ready: openai=%s anthropic=%s gemini=%s grok=%s",
        bool(openai_client), bool(anthropic_client), bool(genai_client), bool(xai_client),
    )


def reload() -> None:
    """Rebuild clients after the user changed keys in the settings dialog."""
    clients.reset_clients()
    registry.clear()
    init(settings.load(force=True))


def require(name: str) -> Any:
    value = globals().get(name)
    if value is None:
        raise RuntimeError(f"{name} is not configured - add the API key in Settings")
    return value
