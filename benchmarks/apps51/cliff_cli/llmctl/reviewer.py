from __future__ import annotations

import logging
from dataclasses import dataclass

import anthropic

from llmctl.diff_parser import FileDiff
from llmctl.utils import truncate_tokens


LOG = logging.getLogger(__name__)

MAX_DIFF_TOKENS = 12_000


@dataclass
class Finding:
    path: str
    line: str
    severity: str
    message: str


class DiffReviewer:
    """Reviews each file of a diff with Claude."""

    def __init__(self, client: anthropic.Anthropic, model: str, max_tokens: int = 2048):
        self.client = client
        self.model = model
        self.max_tokens = max_tokens
        self.input_tokens = 0
        self.output_tokens = 0

    def review_file(self, fdiff: FileDiff) -> list[Finding]:
        diff = truncate_tokens(fdiff.text, MAX_DIFF_TOKENS)
        message = self.client.messages.create(
            model=self.model,
            max_tokens=self.max_tokens,
            system=REVIEW_SYSTEM,
            messages=[{"role": "user", "content": file_review_prompt(fdiff.path, diff)}],
        )
        self.input_tokens += message.usage.input_tokens
        self.output_tokens += message.usage.output_tokens
        return parse_findings(fdiff.path, message.content[0].text)

    def review_file_streaming(self, fdiff: FileDiff, on_text) -> list[Finding]:
        diff = truncate_tokens(fdiff.text, MAX_DIFF_TOKENS)
        with self.client.messages.stream(
            model=self.model,
            max_tokens=self.max_tokens,
            system=REVIEW_SYSTEM,
            messages=[{"role": "user", "content": file_review_prompt(fdiff.path, diff)}],
        ) as stream:
            for text in stream.text_stream:
                on_text(text)
            final = stream.get_final_message()
        self.input_tokens += final.usage.input_tokens
        self.output_tokens += final.usage.output_tokens
        return parse_findings(fdiff.path, "".join(b.text for b in final.content if b.type == "text"))


def parse_findings(path: str, text: str) -> list[Finding]:
    if text.strip().upper().startswith("LGTM"):
        return []
    findings = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.strip("` ").split(":", 3)]
        if len(parts) == 4 and parts[2].lower() in {"low", "medium", "high", "critical", "info"}:
            findings.append(Finding(parts[0] or path, parts[1], parts[2].lower(), parts[3]))
        elif line.strip().startswith(("-", "*")):
            findings.append(Finding(path, "?", "info", line.strip("-* ")))
    return findings


REVIEW_SYSTEM = """You are a senior engineer reviewing a pull request.
Point out bugs, security problems and missing tests. Be concise.
Format each finding as: `<file>:<line>: <severity>: <message>`.
If there is nothing worth flagging, reply with `LGTM`."""

SUMMARY_SYSTEM = """Summarise this pull request for a changelog in at most five bullet points."""


def file_review_prompt(path: str, diff: str) -> str:
    return f"Review the following change to `{path}`:\n\n```diff\n{diff}\n```"


def summary_prompt(diff: str) -> str:
    return f"```diff\n{diff}\n```"
