import hashlib
import re
from datetime import datetime, timezone

_WS = re.compile(r"\s+")


def normalise_ws(text):
    return _WS.sub(" ", text or "").strip()


def content_hash(*parts):
    h = hashlib.sha256()
    for p in parts:
        h.update((p or "").encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def utcnow():
    return datetime.now(timezone.utc)


class Completion:
    """Progress tracker for long CLI runs (nothing to do with LLM completions)."""

    def __init__(self, total):
        self.total = total
        self.done = 0

    def completion(self):
        return 0.0 if not self.total else self.done / self.total

    def step(self, n=1):
        self.done += n
        return self


class ReportBuilder:
    def __init__(self):
        self.sections = []

    def create(self, title, rows):
        self.sections.append((title, rows))
        return self

    def generate(self):
        out = []
        for title, rows in self.sections:
            out.append(f"## {title}")
            out.extend(f"- {r}" for r in rows)
        return "\n".join(out)
