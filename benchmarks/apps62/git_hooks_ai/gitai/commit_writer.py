"""Commit message generation used by the prepare-commit-msg hook."""
from __future__ import annotations

import hashlib
import json
import logging
import re
import time

import ollama

from gitai import git, prompts
from gitai.config import Settings, load_settings
from gitai.llm import get_backend, get_openai_client
from gitai.llm.tokens import count_tokens

log = logging.getLogger(__name__)

COMMIT_TYPES = ("feat", "fix", "chore", "refactor", "docs", "test", "perf", "build", "ci")
_TYPE_RE = re.compile(r"^(%s)(\([\w\-./]+\))?!?: " % "|".join(COMMIT_TYPES))


class CommitTemplate:
    """Our own template object; `.create()` renders a message skeleton, no LLM involved."""

    def __init__(self, scope: str | None = None):
        self.scope = scope

    def create(self, ctype: str, subject: str) -> str:
        scope = f"({self.scope})" if self.scope else ""
        return f"{ctype}{scope}: {subject}\n"


class MessageCache:
    """Caches drafted messages per staged-diff hash so `git commit --amend` loops stay free."""

    TTL = 6 * 3600

    def __init__(self):
        self._path = None

    @property
    def path(self):
        if self._path is None:
            self._path = git.git_dir() / "gitai-message-cache.json"
        return self._path

    def _load(self) -> dict:
        try:
            return json.loads(self.path.read_text())
        except (OSError, ValueError):
            return {}

    @staticmethod
    def key(diff: str, provider: str) -> str:
        return hashlib.sha256((provider + "\0" + diff).encode()).hexdigest()[:24]

    def get(self, diff: str, provider: str) -> str | None:
        entry = self._load().get(self.key(diff, provider))
        if entry and time.time() - entry["ts"] < self.TTL:
            return entry["message"]
        return None

    def put(self, diff: str, provider: str, message: str) -> None:
        data = {k: v for k, v in self._load().items() if time.time() - v["ts"] < self.TTL}
        data[self.key(diff, provider)] = {"message": message, "ts": time.time()}
        try:
            self.path.write_text(json.dumps(data))
        except OSError:
            pass


_cache = MessageCache()


def guess_scope(files: list[str]) -> str | None:
    tops = {f.split("/", 1)[0] for f in files if "/" in f}
    return tops.pop() if len(tops) == 1 else None


def classify_type(diff: str, model: str = "gpt-4o-mini") -> str:
    """Cheap single-token classification of the conventional commit type."""
    resp = get_openai_client().chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Answer with one word from: " + ", ".join(COMMIT_TYPES)},
            {"role": "user", "content": diff[:6000]},
        ],
        max_tokens=3,
        temperature=0,
    )
    word = (resp.choices[0].message.content or "chore").strip().lower()
    return word if word in COMMIT_TYPES else "chore"


def _local_message(diff: str, files: list[str], model: str) -> str:
    # Offline fallback: talk to the local ollama daemon directly.
    result = ollama.generate(
        model=model,
        prompt=prompts.commit_system(True) + "\n\n" + prompts.commit_user(diff, git.current_branch(), files),
        options={"temperature": 0.1},
    )
    return result["response"]


def tidy(message: str) -> str:
    message = message.strip().strip("`").strip()
    if message.lower().startswith("commit message:"):
        message = message.split(":", 1)[1].strip()
    lines = message.splitlines()
    if lines and len(lines[0]) > 72:
        lines[0] = lines[0][:69].rstrip() + "..."
    return "\n".join(lines).strip() + "\n"


def write_message(settings: Settings | None = None, offline: bool = False) -> str | None:
    settings = settings or load_settings()
    diff = git.filter_noise(git.staged_diff(settings.max_diff_chars))
    if not diff.strip():
        return None
    cached = _cache.get(diff, settings.provider)
    if cached:
        return cached
    files = git.staged_files()
    if offline or settings.provider == "ollama":
        return tidy(_local_message(diff, files, settings.resolved_model))

    log.debug("diff is ~%d tokens", count_tokens(diff))
    backend = get_backend(settings.provider, settings.model)
    completion = backend.complete(
        prompts.commit_system(settings.conventional_commits),
        prompts.commit_user(diff, git.current_branch(), files),
        max_tokens=300,
    )
    message = tidy(completion.text)
    if settings.conventional_commits and not _TYPE_RE.match(message):
        ctype = classify_type(diff)
        message = CommitTemplate(guess_scope(files)).create(ctype, message.splitlines()[0]) + "\n".join(
            message.splitlines()[1:]
        )
    _cache.put(diff, settings.provider, message)
    return message
