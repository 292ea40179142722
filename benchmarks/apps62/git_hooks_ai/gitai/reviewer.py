"""Diff review for the pre-push hook."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import anthropic

from gitai import prompts
from gitai.llm.clients import get_groq_client
from gitai.llm.retry import with_retries
from gitai.llm.tokens import count_anthropic_tokens

log = logging.getLogger(__name__)

REVIEW_MODEL = "claude-3-5-sonnet-latest"
CHUNK_MODEL = "llama-3.1-8b-instant"


@dataclass
class Finding:
    severity: str
    location: str
    message: str

    @property
    def blocking(self) -> bool:
        return self.severity == "BLOCKER"


def parse_findings(text: str) -> list[Finding]:
    if text.strip() == "LGTM":
        return []
    findings = []
    for line in text.splitlines():
        line = line.strip("-* ").strip()
        parts = line.split(" ", 1)
        if len(parts) == 2 and parts[0] in {"BLOCKER", "WARN", "NIT"}:
            location, _, msg = parts[1].partition(" - ")
            findings.append(Finding(parts[0], location.strip(), msg.strip()))
    return findings


def split_by_file(diff: str) -> list[str]:
    chunks, current = [], []
    for line in diff.splitlines(keepends=True):
        if line.startswith("diff --git") and current:
            chunks.append("".join(current))
            current = []
        current.append(line)
    if current:
        chunks.append("".join(current))
    return chunks


def review_diff(client: anthropic.Anthropic, diff: str, max_input_tokens: int = 60_000) -> list[Finding]:
    """Single-shot review with Claude. `client` comes from the hook."""
    n = count_anthropic_tokens(client, REVIEW_MODEL, prompts.REVIEW_SYSTEM, diff)
    if n > max_input_tokens:
        log.info("diff too large (%d tokens), summarising per file first", n)
        diff = DiffCondenser().condense(diff)
    msg = client.messages.create(
        model=REVIEW_MODEL,
        max_tokens=1500,
        system=prompts.REVIEW_SYSTEM,
        messages=[{"role": "user", "content": diff}],
    )
    return parse_findings(msg.content[0].text)


def review_diff_streaming(client: anthropic.Anthropic, diff: str, echo=print) -> list[Finding]:
    buf = []
    with client.messages.stream(
        model=REVIEW_MODEL,
        max_tokens=1500,
        system=prompts.REVIEW_SYSTEM,
        messages=[{"role": "user", "content": diff}],
    ) as stream:
        for text in stream.text_stream:
            echo(text, end="", flush=True)
            buf.append(text)
    echo()
    return parse_findings("".join(buf))


class DiffCondenser:
    """Summarises each file's hunk with a fast Groq model so the big review fits."""

    def __init__(self, workers: int = 4):
        self.groq = get_groq_client()
        self.workers = workers

    def _summarise(self, chunk: str) -> str:
        resp = with_retries(
            self.groq.chat.completions.create,
            model=CHUNK_MODEL,
            messages=[
                {"role": "system", "content": "Summarise this diff hunk for a code reviewer. Keep risky lines verbatim."},
                {"role": "user", "content": chunk[:12000]},
            ],
            max_tokens=400,
        )
        return resp.choices[0].message.content or ""

    def condense(self, diff: str) -> str:
        chunks = split_by_file(diff)
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            summaries = list(pool.map(self._summarise, chunks))
        return "\n\n".join(summaries)
