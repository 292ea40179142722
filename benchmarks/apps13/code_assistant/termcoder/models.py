"""Model registry: per-model settings keyed by model name.

Every model termcoder knows how to drive has a ModelSettings entry: which vendor's
SDK to use, which edit format works best, which cheaper model to use for commit
messages and history summaries, and vendor specific request parameters.
Unknown names fall through to litellm with conservative defaults.
"""

import difflib
import json
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Dict, List, Optional

from .exceptions import UnknownModelError
from .llm import litellm
from .logging_setup import get_logger
from .providers import clients

log = get_logger(__name__)

VENDORS = ("openai", "anthropic", "deepseek", "gemini", "groq", "ollama", "litellm")


@dataclass
class ModelSettings:
    name: str
    vendor: str = "litellm"
    edit_format: str = "diff"
    weak_model_name: Optional[str] = None
    editor_model_name: Optional[str] = None
    editor_edit_format: Optional[str] = None
    use_repo_map: bool = False
    send_undo_reply: bool = False
    lazy: bool = False
    reminder: str = "user"
    examples_as_sys_msg: bool = False
    extra_params: Dict[str, Any] = field(default_factory=dict)
    max_tokens: int = 8192
    max_input_tokens: int = 128_000
    cache_control: bool = False
    caches_by_default: bool = False
    use_system_prompt: bool = True
    use_temperature: bool = True
    streaming: bool = True
    reasoning_effort: Optional[str] = None
    thinking_budget: Optional[int] = None


MODEL_SETTINGS: List[ModelSettings] = [
    # Anthropic
    ModelSettings(
        "claude-sonnet-4-5",
        vendor="anthropic",
        edit_format="diff",
        weak_model_name="claude-3-5-haiku-latest",
        editor_model_name="claude-sonnet-4-5",
        editor_edit_format="editor-diff",
        use_repo_map=True,
        examples_as_sys_msg=True,
        max_tokens=16384,
        max_input_tokens=200_000,
        cache_control=True,
        reminder="user",
    ),
    ModelSettings(
        "claude-opus-4-1",
        vendor="anthropic",
        edit_format="diff",
        weak_model_name="claude-3-5-haiku-latest",
        editor_model_name="claude-sonnet-4-5",
        editor_edit_format="editor-diff",
        use_repo_map=True,
        max_tokens=32000,
        max_input_tokens=200_000,
        cache_control=True,
        thinking_budget=8000,
    ),
    ModelSettings(
        "claude-3-5-haiku-latest",
        vendor="anthropic",
        edit_format="diff",
        weak_model_name="claude-3-5-haiku-latest",
        use_repo_map=True,
        max_input_tokens=200_000,
        cache_control=True,
    ),
    # OpenAI
    ModelSettings(
        "gpt-4.1",
        vendor="openai",
        edit_format="diff",
        weak_model_name="gpt-4.1-mini",
        use_repo_map=True,
        reminder="sys",
        editor_model_name="gpt-4.1",
        editor_edit_format="editor-diff",
        max_tokens=32768,
        max_input_tokens=1_000_000,
    ),
    ModelSettings(
        "gpt-4.1-mini",
        vendor="openai",
        edit_format="diff",
        weak_model_name="gpt-4.1-mini",
        use_repo_map=True,
        reminder="sys",
    ),
    ModelSettings(
        "o4-mini",
        vendor="openai",
        edit_format="diff",
        weak_model_name="gpt-4.1-mini",
        use_repo_map=True,
        use_temperature=False,
        use_system_prompt=False,
        editor_model_name="gpt-4.1",
        editor_edit_format="editor-diff",
        reasoning_effort="medium",
        streaming=False,
    ),
    ModelSettings(
        "gpt-5",
        vendor="openai",
        edit_format="diff",
        weak_model_name="gpt-4.1-mini",
        use_repo_map=True,
        use_temperature=False,
        reasoning_effort="medium",
        max_input_tokens=272_000,
    ),
    # DeepSeek
    ModelSettings(
        "deepseek-chat",
        vendor="deepseek",
        edit_format="diff",
        use_repo_map=True,
        examples_as_sys_msg=True,
        reminder="sys",
        caches_by_default=True,
        max_tokens=8192,
        max_input_tokens=64_000,
    ),
    ModelSettings(
        "deepseek-reasoner",
        vendor="deepseek",
        edit_format="diff",
        weak_model_name="deepseek-chat",
        editor_model_name="deepseek-chat",
        editor_edit_format="editor-diff",
        use_repo_map=True,
        use_temperature=False,
        caches_by_default=True,
        max_input_tokens=64_000,
    ),
    # Gemini
    ModelSettings(
        "gemini-2.5-pro",
        vendor="gemini",
        edit_format="diff-fenced",
        weak_model_name="gemini-2.5-flash",
        use_repo_map=True,
        max_tokens=65536,
        max_input_tokens=1_048_576,
        thinking_budget=8192,
    ),
    ModelSettings(
        "gemini-2.5-flash",
        vendor="gemini",
        edit_format="diff",
        weak_model_name="gemini-2.5-flash",
        use_repo_map=True,
        max_input_tokens=1_048_576,
    ),
    # Groq
    ModelSettings(
        "llama-3.3-70b-versatile",
        vendor="groq",
        edit_format="diff",
        weak_model_name="llama-3.1-8b-instant",
        use_repo_map=True,
        max_tokens=32768,
    ),
    ModelSettings(
        "llama-3.1-8b-instant",
        vendor="groq",
        edit_format="diff",
        max_tokens=8192,
    ),
    ModelSettings(
        "moonshotai/kimi-k2-instruct",
        vendor="groq",
        edit_format="diff",
        weak_model_name="llama-3.1-8b-instant",
        use_repo_map=True,
        max_tokens=16384,
    ),
    # Local models
    ModelSettings(
        "qwen2.5-coder:32b",
        vendor="ollama",
        edit_format="diff",
        weak_model_name="qwen2.5-coder:7b",
        use_repo_map=True,
        extra_params={"num_ctx": 32768},
        max_input_tokens=32768,
    ),
    ModelSettings(
        "qwen2.5-coder:7b",
        vendor="ollama",
        edit_format="diff",
        extra_params={"num_ctx": 16384},
        max_input_tokens=16384,
    ),
]

MODEL_ALIASES = {
    "sonnet": "claude-sonnet-4-5",
    "opus": "claude-opus-4-1",
    "haiku": "claude-3-5-haiku-latest",
    "4.1": "gpt-4.1",
    "gpt": "gpt-4.1",
    "deepseek": "deepseek-chat",
    "r1": "deepseek-reasoner",
    "gemini": "gemini-2.5-pro",
    "flash": "gemini-2.5-flash",
    "llama": "llama-3.3-70b-versatile",
    "qwen": "qwen2.5-coder:32b",
}

_BY_NAME = {ms.name: ms for ms in MODEL_SETTINGS}


def load_user_model_settings(path: Path) -> int:
    """Merge entries from ~/.termcoder.model.settings.json into the registry."""
    if not path.exists():
        return 0
    entries = json.loads(path.read_text())
    valid = {f.name for f in fields(ModelSettings)}
    count = 0
    for entry in entries:
        unknown = set(entry) - valid
        if unknown:
            log.warning("ignoring unknown model setting keys %s in %s", unknown, path)
        ms = ModelSettings(**{k: v for k, v in entry.items() if k in valid})
        _BY_NAME[ms.name] = ms
        count += 1
    return count


def _guess_vendor(name: str) -> str:
    if name.startswith("ollama/") or name.startswith("ollama_chat/"):
        return "ollama"
    return "litellm"


class Model:
    def __init__(self, name: str, weak_model=None, editor_model=None, editor_edit_format=None):
        name = MODEL_ALIASES.get(name, name)
        self.name = name
        settings = _BY_NAME.get(name)
        if settings is None:
            vendor = _guess_vendor(name)
            if vendor == "ollama":
                self.name = name.split("/", 1)[1]
            settings = ModelSettings(self.name, vendor=vendor)
            log.info("no settings for %s, using defaults via %s", name, vendor)
        self.settings = settings
        self._client = None

        if weak_model is False:
            self.weak_model = self
        else:
            weak_name = weak_model or settings.weak_model_name
            self.weak_model = self if not weak_name or weak_name == self.name else Model(weak_name, weak_model=False)

        editor_name = editor_model or settings.editor_model_name
        if editor_model is False or not editor_name or editor_name == self.name:
            self.editor_model = self
        else:
            self.editor_model = Model(editor_name, weak_model=False, editor_model=False)
        self.editor_edit_format = editor_edit_format or settings.editor_edit_format

    # a few properties so callers don't reach into .settings everywhere
    @property
    def vendor(self) -> str:
        return self.settings.vendor

    @property
    def edit_format(self) -> str:
        return self.settings.edit_format

    @property
    def max_tokens(self) -> int:
        return self.settings.max_tokens

    @property
    def extra_params(self) -> Dict[str, Any]:
        return self.settings.extra_params

    @property
    def client(self):
        """The vendor SDK client for this model (None for litellm-routed models)."""
        if self._client is None and self.vendor != "litellm":
            self._client = clients.client_for_vendor(self.vendor)
        return self._client

    def token_count(self, messages) -> int:
        if isinstance(messages, str):
            messages = [{"role": "user", "content": messages}]
        try:
            return litellm.token_counter(model=self.name, messages=messages)
        except Exception as err:  # tokenizer download failures, unknown models...
            log.debug("token_counter failed for %s: %s", self.name, err)
            text = json.dumps(messages)
            return len(text) // 4

    def fits(self, messages) -> bool:
        return self.token_count(messages) < self.settings.max_input_tokens

    def __repr__(self):
        return f"<Model {self.name} ({self.vendor})>"

    def __str__(self):
        return self.name


def get_model(name: str, **kwargs) -> Model:
    return Model(name, **kwargs)


def fuzzy_match_models(name: str) -> List[str]:
    name = name.lower()
    names = list(_BY_NAME) + list(MODEL_ALIASES)
    hits = [n for n in names if name in n.lower()]
    if hits:
        return sorted(set(hits))
    return difflib.get_close_matches(name, names, n=3, cutoff=0.6)


def require_model(name: str) -> Model:
    resolved = MODEL_ALIASES.get(name, name)
    if resolved not in _BY_NAME and "/" not in resolved:
        raise UnknownModelError(name, fuzzy_match_models(name))
    return Model(resolved)
