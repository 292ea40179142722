"""Lazy litellm import.

litellm takes over a second to import (it pulls in every provider's config), so we
only load it when something actually touches it. Import ``litellm`` from here rather
than importing the package directly.
"""

from __future__ import annotations

import importlib
import os
import warnings

warnings.filterwarnings("ignore", category=UserWarning, module="pydantic")

QUILL_SITE_URL = "https://quill.dev"
QUILL_APP_NAME = "Quill"

os.environ.setdefault("OR_SITE_URL", QUILL_SITE_URL)
os.environ.setdefault("OR_APP_NAME", QUILL_APP_NAME)
os.environ.setdefault("LITELLM_MODE", "PRODUCTION")
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

VERBOSE = False


class LazyLiteLLM:
    _lazy_module = None

    def __getattr__(self, name):
        if name == "_lazy_module":
            return super()
        self._load_litellm()
        return getattr(self._lazy_module, name)

    def _load_litellm(self):
        if self._lazy_module is not None:
            return
        if VERBOSE:
            print("Loading litellm...")
        self._lazy_module = importlib.import_module("litellm")
        self._lazy_module.suppress_debug_info = True
        self._lazy_module.set_verbose = False
        self._lazy_module.drop_params = True
        self._lazy_module._logging._disable_debugging()


litellm = LazyLiteLLM()

__all__ = ["litellm"]
