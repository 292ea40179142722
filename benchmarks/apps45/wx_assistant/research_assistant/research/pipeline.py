"""Plan -> (optional live web via Grok) -> write. Runs on a worker thread."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)

PLANNER_MODEL = "claude-3-5-sonnet-latest"
WRITER_MODEL = "gpt-4.1"
WEB_MODEL = "grok-3"


@dataclass
class ResearchState:
    question: str
    sub_questions: list[str] = field(default_factory=list)
    findings: dict[str, str] = field(default_factory=dict)
    report: str = ""


class ResearchPipeline:
    def __init__(self, planner, writer, web=None, on_step=None, max_sub_questions: int = 5):
        self.planner = planner      # anthropic.Anthropic
        self.writer = writer        # openai.OpenAI
        self.web = web              # openai.OpenAI pointed at api.x.ai, optional
        self.on_step = on_step or (lambda name, detail: None)
        self.max_sub_questions = max_sub_questions

    def run(self, question: str) -> str:
        state = ResearchState(question)
        self._plan(state)
        for sq in state.sub_questions:
            state.findings[sq] = self._investigate(sq)
        self._write(state)
        return state.report

    def _plan(self, state: ResearchState) -> None:
        msg = self.planner.messages.create(
            model=PLANNER_MODEL,
            max_tokens=600,
            system="Break research questions into focused sub-questions. Reply with a JSON list.",
            messages=[{"role": "user", "content": state.question}],
        )
        raw = msg.content[0].text
        try:
            state.sub_questions = json.loads(raw)[: self.max_sub_questions]
        except json.JSONDecodeError:
            state.sub_questions = [line.strip("-* ") for line in raw.splitlines() if line.strip()]
            state.sub_questions = state.sub_questions[: self.max_sub_questions]
        self.on_step("plan", "; ".join(state.sub_questions))

    def _investigate(self, sub_question: str) -> str:
        if self.web is None:
            self.on_step("skip web", sub_question)
            return ""
        resp = self.web.chat.completions.create(
            model=WEB_MODEL,
            messages=[
                {"role": "system", "content": "Answer with current facts and list your sources."},
                {"role": "user", "content": sub_question},
            ],
        )
        answer = resp.choices[0].message.content
        self.on_step("web", f"{sub_question}: {answer[:120]}")
        return answer

    def _write(self, state: ResearchState) -> None:
        notes = "\n\n".join(f"## {q}\n{a}" for q, a in state.findings.items() if a)
        response = self.writer.responses.create(
            model=WRITER_MODEL,
            instructions="Write a structured research brief with headings and a sources section.",
            input=f"Question: {state.question}\n\nNotes:\n{notes or '(no web notes)'}",
        )
        state.report = response.output_text
        self.on_step("write", f"{len(state.report)} chars")
