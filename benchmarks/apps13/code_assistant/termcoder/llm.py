"""Lazy import of litellm.

Importing litellm takes 1-2 seconds (it loads tokenizers and the model cost map), which
made `termcoder --help` feel sluggish. Everything that needs litellm imports the proxy
from here instead of `import litellm`.
"""

import importlib
import os
import warnings

warnings.filterwarnings("ignore", category=UserWarning, module="pydantic")

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
os.environ.setdefault("LITELLM_MODE", "PRODUCTION")

TERMCODER_SITE_URL = "https://termcoder.dev"
TERMCODER_APP_NAME = "termcoder"


class LazyLiteLLM:
    _lazy_module = None

    def __getattr__(self, name):
        if name == "_lazy_module":
            return super().__getattribute__(name)
        self._load_litellm()
        return getattr(self._lazy_module, name)

    def _load_litellm(self):
        if self._lazy_module is not None:
            return
        self._lazy_module = importlib.import_module("litellm")
        self._lazy_module.suppress_debug_info = True
        self._lazy_module.set_verbose = False
        self._lazy_module.drop_params = True
        self._lazy_module._logging._disable_debugging()


litellm = LazyLiteLLM()

__all__ = ["litellm"]
