"""vcs.pull_request.opened -> automated first-pass review with DeepSeek."""
from __future__ import annotations

from typing import Dict, List

from core.consumer import Consumer, Message, handles
from core.services import Services
from core.settings import settings
from llm.deepseek import deepseek, explain_snippet

REVIEW_PROMPT = """You are a senior reviewer. Point out bugs, security problems and missing tests
in this diff. Be specific and reference file:line. If the diff is fine, say "LGTM"."""

MAX_DIFF_CHARS = 48_000


def _split_files(diff: str) -> List[str]:
    files, current = [], []
    for line in diff.splitlines(keepends=True):
        if line.startswith("diff --git") and current:
            files.append("".join(current))
            current = []
        current.append(line)
    if current:
        files.append("".join(current))
    return files


@handles("vcs.pull_request.opened", "vcs.pull_request.synchronize")
class PullRequestReviewer(Consumer):
    def review(self, diff: str) -> str:
        resp = deepseek.chat.completions.create(
            model=settings.deepseek.model,
            messages=[
                {"role": "system", "content": REVIEW_PROMPT},
                {"role": "user", "content": diff[:MAX_DIFF_CHARS]},
            ],
            temperature=0.0,
        )
        return resp.choices[0].message.content or ""

    def deep_review(self, diff: str) -> str:
        resp = deepseek.with_options(timeout=300.0, max_retries=1).chat.completions.create(
            model=settings.deepseek.reasoning_model,
            messages=[{"role": "user", "content": REVIEW_PROMPT + "\n\n" + diff[:MAX_DIFF_CHARS]}],
        )
        return resp.choices[0].message.content or ""

    def handle(self, message: Message) -> Dict[str, str]:
        pr = message.value
        diff = pr.get("diff", "")
        security_sensitive = any("auth" in f or "crypto" in f for f in pr.get("files", []))
        body = self.deep_review(diff) if security_sensitive else self.review(diff)
        notes = [explain_snippet(f) for f in _split_files(diff)[:3] if len(f) < 4000]
        Services.jobs.submit(
            "vcs.post_review_comment",
            {"repo": pr["repo"], "number": pr["number"], "body": body, "changelog": notes},
        )
        return {"review": body}
