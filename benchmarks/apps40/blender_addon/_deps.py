"""Optional third-party imports.

The extension platform lets us ship wheels, but the studio build of Blender
has the SDKs preinstalled in its site-packages, so we don't bundle any. This
module imports what is available and records what is missing so the UI can
show a helpful message instead of a traceback on register().
"""

import importlib
import logging

log = logging.getLogger(__name__)

MISSING = {}


def _optional(name):
    try:
        return importlib.import_module(name)
    except ImportError as exc:  # pragma: no cover - depends on the Blender build
        MISSING[name] = str(exc)
        log.info("optional dependency %s not available: %s", name, exc)
        return None


openai = _optional("openai")
anthropic = _optional("anthropic")
replicate = _optional("replicate")
ollama = _optional("ollama")

try:
    from google import genai
    from google.genai import types as genai_types
except ImportError as exc:  # pragma: no cover
    genai = None
    genai_types = None
    MISSING["google-genai"] = str(exc)


def require(module, pip_name):
    if module is None:
        raise RuntimeError(
            f"'{pip_name}' is not installed in Blender's Python. "
            f"Run: {{blender_python}} -m pip install {pip_name}"
        )
    return module


def describe_missing():
    if not MISSING:
        return "All AI SDKs available"
    return "Missing: " + ", ".join(sorted(MISSING))
