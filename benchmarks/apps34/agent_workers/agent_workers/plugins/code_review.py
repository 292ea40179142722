"""Code-review plugin: Together-hosted coder model, with a Grok second opinion."""
from __future__ import annotations

import asyncio
import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from agent_workers.clients import get_together_client
from agent_workers.models import Task, TaskResult
from agent_workers.plugins._prompts import CODE_REVIEW_SYSTEM, SECOND_OPINION_SYSTEM
from agent_workers.plugins.base import WorkerPlugin

if TYPE_CHECKING:
    from agent_workers.toolbox import Toolbox

_HUNK = re.compile(r"^diff --git a/(?P<path>\S+) b/", re.M)
MAX_FILES_PER_CALL = 12


@dataclass
class DiffFile:
    path: str
    body: str


@dataclass
class ReviewThread:
    """A review thread on the code host (not a model conversation)."""

    pr: int
    comments: list[dict[str, Any]] = field(default_factory=list)

    def create(self, path: str, line: int, body: str) -> dict[str, Any]:
        comment = {"path": path, "line": line, "body": body}
        self.comments.append(comment)
        return comment


def split_diff(diff: str) -> list[DiffFile]:
    starts = [m.start() for m in _HUNK.finditer(diff)] + [len(diff)]
    files = []
    for a, b in zip(starts, starts[1:]):
        chunk = diff[a:b]
        m = _HUNK.match(chunk)
        files.append(DiffFile(path=m.group("path") if m else "?", body=chunk))
    return files


def _parse_findings(raw: str | None) -> list[dict[str, Any]]:
    if not raw:
        return []
    raw = raw.strip().removeprefix("```json").removesuffix("```")
    try:
        return json.loads(raw).get("findings", [])
    except (json.JSONDecodeError, AttributeError):
        return []


class CodeReviewPlugin(WorkerPlugin):
    kind = "code_review"

    async def setup(self, toolbox: "Toolbox") -> None:
        await super().setup(toolbox)
        self.chat = toolbox.together.chat.completions
        self.grok = toolbox.xai

    async def _review_batch(self, model: str, files: list[DiffFile]) -> tuple[list[dict[str, Any]], Any]:
        completion = await self.chat.create(
            model=model,
            messages=[
                {"role": "system", "content": CODE_REVIEW_SYSTEM},
                {"role": "user", "content": "\n".join(f.body for f in files)},
            ],
            temperature=0.1,
            max_tokens=2048,
            response_format={"type": "json_object"},
        )
        return _parse_findings(completion.choices[0].message.content), completion.usage

    async def _second_opinion(self, model: str, diff: str, findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
        completion = await self.grok.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": SECOND_OPINION_SYSTEM},
                {"role": "user", "content": json.dumps({"findings": findings}) + "\n\n" + diff[:60_000]},
            ],
            temperature=0,
        )
        return _parse_findings(completion.choices[0].message.content)

    async def handle(self, task: Task, toolbox: "Toolbox") -> TaskResult:
        self.require(task, "diff")
        models = toolbox.settings.models
        files = split_diff(task.payload["diff"])
        batches = [files[i : i + MAX_FILES_PER_CALL] for i in range(0, len(files), MAX_FILES_PER_CALL)]
        results = await asyncio.gather(*(self._review_batch(models.code_review, b) for b in batches))

        findings: list[dict[str, Any]] = []
        tin = tout = 0
        for batch_findings, usage in results:
            findings.extend(batch_findings)
            tin += usage.prompt_tokens
            tout += usage.completion_tokens

        if task.payload.get("second_opinion", True) and findings:
            findings = await self._second_opinion(models.code_review_second_opinion, task.payload["diff"], findings)

        thread = ReviewThread(pr=int(task.payload.get("pr", 0)))
        for f in findings:
            thread.create(f.get("file", "?"), int(f.get("line", 0)), f"[{f.get('severity', 'low')}] {f.get('note', '')}")
        return TaskResult.ok(
            task, {"findings": findings, "comments": thread.comments}, model=models.code_review, input_tokens=tin, output_tokens=tout
        )


async def quick_lint_explain(snippet: str, model: str = "meta-llama/Llama-3.3-70B-Instruct-Turbo") -> str:
    """Legacy helper kept for the /explain slash command; runs the sync client in a thread."""
    client = get_together_client()
    completion = await asyncio.to_thread(
        client.chat.completions.create,
        model=model,
        messages=[{"role": "user", "content": f"Explain what this linter warning means:\n{snippet}"}],
        max_tokens=300,
    )
    return completion.choices[0].message.content
