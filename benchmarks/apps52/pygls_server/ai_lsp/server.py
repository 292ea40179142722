from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict

from lsprotocol import types
from pygls.server import LanguageServer

from ai_lsp.backends import BackendRegistry, build_registry
from ai_lsp.constants import SERVER_NAME, SERVER_VERSION
from ai_lsp.settings import Settings
from ai_lsp.multi_model_service import multi_model_service

log = logging.getLogger(__name__)


class CompletionCache:
    def __init__(self, max_entries: int = 256) -> None:
        self.max_entries = max_entries
        self._data: OrderedDict[str, str] = OrderedDict()

    @staticmethod
    def key(*parts: str) -> str:
        h = hashlib.sha1()
        for p in parts:
            h.update(p.encode("utf-8", "surrogatepass"))
            h.update(b"\0")
        return h.hexdigest()

    def get(self, key: str) -> str | None:
        value = self._data.get(key)
        if value is not None:
            self._data.move_to_end(key)
        return value

    def set(self, key: str, value: str) -> None:
        self._data[key] = value
        self._data.move_to_end(key)
        while len(self._data) > self.max_entries:
            self._data.popitem(last=False)

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)


class AiLanguageServer(LanguageServer):
    """LanguageServer carrying the assistant's shared state."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.settings = Settings()
        self.backends: BackendRegistry = build_registry(self.settings)
        self.cache = CompletionCache(max_entries=512)
        self.pending_explanations: dict[str, str] = {}

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.backends = build_registry(settings)
        multi_model_service.bind(self.backends)
        self.cache.clear()
        log.info("settings applied: completion=%s chat=%s", settings.completion_backend, settings.chat_backend)

    @property
    def completion_backend(self):
        return self.backends.get(self.settings.completion_backend)

    @property
    def chat_backend(self):
        return self.backends.get(self.settings.chat_backend)

    def notify_error(self, message: str) -> None:
        self.show_message(message, types.MessageType.Error)
        self.show_message_log(message, types.MessageType.Error)


server = AiLanguageServer(SERVER_NAME, SERVER_VERSION)
