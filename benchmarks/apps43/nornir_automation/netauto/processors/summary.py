"""Processors that collect results and produce an LLM-written summary."""
from __future__ import annotations

import logging
import threading
from typing import Any

from nornir.core.inventory import Host
from nornir.core.processor import Processor
from nornir.core.task import AggregatedResult, MultiResult, Task

from netauto.llm.prompts import SUMMARY_SYSTEM, render_results_prompt

log = logging.getLogger(__name__)


class ResultCollector(Processor):
    """Plain collector, no LLM. Used by reports and tests."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def task_started(self, task: Task) -> None:
        log.debug("started %s", task.name)

    def task_completed(self, task: Task, result: AggregatedResult) -> None:
        log.debug("completed %s", task.name)

    def task_instance_started(self, task: Task, host: Host) -> None:
        pass

    def task_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        with self._lock:
            self.rows.append(
                {
                    "host": host.name,
                    "task": task.name,
                    "failed": result.failed,
                    "detail": str(result[0].result if result else ""),
                }
            )

    def subtask_instance_started(self, task: Task, host: Host) -> None:
        pass

    def subtask_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        pass


class LLMSummaryProcessor(ResultCollector):
    """Collects rows, then asks the model for an on-call summary at the end.

    ``client`` is an OpenAI client (usually ``nr.data.openai``); pass
    ``anthropic_client`` to use Claude instead (the NOC prefers its tone).
    """

    def __init__(self, client=None, model: str = "gpt-4o-mini", anthropic_client=None, only_failures: bool = True):
        super().__init__()
        self.client = client
        self.anthropic_client = anthropic_client
        self.model = model
        self.only_failures = only_failures
        self.summary: str | None = None

    def task_completed(self, task: Task, result: AggregatedResult) -> None:
        rows = [r for r in self.rows if r["failed"]] if self.only_failures else self.rows
        if not rows:
            self.summary = f"{task.name}: all {len(result)} hosts succeeded."
            return
        prompt = render_results_prompt(rows)
        try:
            self.summary = self._summarise(prompt)
        except Exception:  # noqa: BLE001 - summary must never break a run
            log.exception("LLM summary failed")
            self.summary = prompt

    def _summarise(self, prompt: str) -> str:
        if self.anthropic_client is not None:
            msg = self.anthropic_client.messages.create(
                model="claude-3-5-haiku-20241022",
                max_tokens=600,
                system=SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": prompt}],
            )
            return msg.content[0].text
        resp = self.client.responses.create(
            model=self.model,
            instructions=SUMMARY_SYSTEM,
            input=prompt,
        )
        return resp.output_text


class FailureAlertProcessor(ResultCollector):
    """Streams a short per-host failure note to the console as soon as a host fails."""

    def __init__(self, bedrock_runtime, model_id: str):
        super().__init__()
        self.bedrock = bedrock_runtime
        self.model_id = model_id
        self.notes: dict[str, str] = {}

    def task_instance_completed(self, task: Task, host: Host, result: MultiResult) -> None:
        super().task_instance_completed(task, host, result)
        if not result.failed:
            return
        exc = result.exception or result[0].result
        stream = self.bedrock.converse_stream(
            modelId=self.model_id,
            messages=[{"role": "user", "content": [{"text": f"One-line likely cause: {exc}"}]}],
            inferenceConfig={"maxTokens": 80},
        )
        chunks = []
        for event in stream["stream"]:
            if "contentBlockDelta" in event:
                chunks.append(event["contentBlockDelta"]["delta"].get("text", ""))
        self.notes[host.name] = "".join(chunks)
