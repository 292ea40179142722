"""Alert triage: rank runbooks with Cohere, then ask for a decision."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from opslib import prompts
from opslib.clients import get_cohere

log = logging.getLogger(__name__)

RUNBOOK_DIR = Path("runbooks")


@dataclass
class TriageDecision:
    decision: str
    team: str
    reason: str
    runbooks: list[str]


def load_runbooks(directory: Path = RUNBOOK_DIR) -> dict[str, str]:
    if not directory.exists():
        return {}
    return {p.stem: p.read_text() for p in sorted(directory.glob("*.md"))}


def relevant_runbooks(alert_text: str, runbooks: dict[str, str], model: str, top_n: int = 3) -> list[str]:
    if not runbooks:
        return []
    names = list(runbooks)
    co = get_cohere()
    result = co.rerank(
        model=model,
        query=alert_text,
        documents=[runbooks[n][:4000] for n in names],
        top_n=top_n,
    )
    return [names[r.index] for r in result.results if r.relevance_score > 0.2]


class AlertTriager:
    def __init__(self, co=None, chat_model: str = "command-r-plus-08-2024",
                 rerank_model: str = "rerank-v3.5") -> None:
        self.co = co or get_cohere()
        self.chat_model = chat_model
        self.rerank_model = rerank_model
        self.runbooks = load_runbooks()

    def triage(self, alert: dict) -> TriageDecision:
        alert_text = f"{alert.get('name')}: {alert.get('summary', '')}\nlabels={alert.get('labels', {})}"
        books = relevant_runbooks(alert_text, self.runbooks, self.rerank_model)
        context = "\n\n".join(f"## {b}\n{self.runbooks[b][:2000]}" for b in books)
        response = self.co.chat(
            model=self.chat_model,
            messages=[
                {"role": "system", "content": prompts.TRIAGE_SYSTEM},
                {"role": "user", "content": f"Alert:\n{alert_text}\n\nRunbooks:\n{context}"},
            ],
            response_format={"type": "json_object"},
        )
        raw = response.message.content[0].text
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            log.warning("triage returned non-JSON: %r", raw[:200])
            data = {"decision": "ticket", "team": "unknown", "reason": raw[:200]}
        return TriageDecision(data.get("decision", "ticket"), data.get("team", "unknown"),
                              data.get("reason", ""), books)

    def embed_alerts(self, texts: list[str]) -> list[list[float]]:
        resp = self.co.embed(
            model="embed-english-v3.0",
            texts=texts,
            input_type="clustering",
            embedding_types=["float"],
        )
        return resp.embeddings.float_


def dedupe_key(alert: dict) -> str:
    labels = alert.get("labels", {})
    return "|".join([alert.get("name", ""), labels.get("service", ""), labels.get("env", "")])
