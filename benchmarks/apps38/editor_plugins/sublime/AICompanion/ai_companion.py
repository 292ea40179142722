"""AI Companion for Sublime Text 4 -- plugin entry point.

Sublime only loads top-level modules of a package, so every command and
listener is re-exported from here.  The shared ``core`` package is vendored
into ``lib/`` by ``scripts/vendor_core.py`` (``make sublime``).
"""
import os
import sys
import threading

import sublime

_LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lib")
if _LIB not in sys.path:
    sys.path.insert(0, _LIB)

from core import CompletionCache, load_settings_from_dict, reset_clients  # noqa: E402
from core.clients import get_anthropic, get_groq, get_mistral, get_openai  # noqa: E402

SETTINGS_FILE = "AICompanion.sublime-settings"


class _PluginState(object):
    """Process-wide state; plugin_loaded() fills it, commands read it."""

    def __init__(self):
        self.settings = None
        self.core_settings = None
        self.cache = None
        self.anthropic = None
        self.openai = None
        self.groq = None
        self.mistral = None
        self.lock = threading.Lock()
        self.busy_views = set()


STATE = _PluginState()


def _sync_settings():
    data = {key: STATE.settings.get(key) for key in (
        "provider", "fim_provider", "chat_model", "openai_model", "fim_model", "groq_model",
        "deepseek_model", "max_tokens", "fim_max_tokens", "temperature", "timeout",
        "openai_api_key", "anthropic_api_key", "mistral_api_key", "groq_api_key",
        "deepseek_api_key", "debug",
    )}
    data["cache_dir"] = os.path.join(sublime.cache_path(), "AICompanion")
    with STATE.lock:
        STATE.core_settings = load_settings_from_dict(data)
        reset_clients()
        STATE.cache = CompletionCache.create(data["cache_dir"])
        # Built eagerly so the first keystroke does not pay for the httpx pool.
        STATE.anthropic = get_anthropic()
        STATE.openai = get_openai()
        STATE.groq = get_groq()
        STATE.mistral = get_mistral(STATE.core_settings.key_for("codestral"))


def plugin_loaded():
    STATE.settings = sublime.load_settings(SETTINGS_FILE)
    STATE.settings.clear_on_change("ai_companion")
    STATE.settings.add_on_change("ai_companion", _sync_settings)
    _sync_settings()


def plugin_unloaded():
    if STATE.settings is not None:
        STATE.settings.clear_on_change("ai_companion")
    if STATE.cache is not None:
        STATE.cache.flush()


# Re-exports so Sublime discovers the commands.
from .commands.explain import AiExplainCommand, AiSummarizeFileCommand  # noqa: E402,F401
from .commands.refactor import (  # noqa: E402,F401
    AiCompanionReplaceCommand,
    AiDocstringCommand,
    AiFixDiagnosticCommand,
    AiRefactorCommand,
)
from .commands.chat_panel import AiChatCommand, AiAskProjectCommand, AiQuickAnswerCommand  # noqa: E402,F401
from .commands.tests_gen import AiGenerateTestsCommand  # noqa: E402,F401
from .listeners import AiGhostTextListener, AiIndexListener, AiInlineCompletionListener  # noqa: E402,F401
