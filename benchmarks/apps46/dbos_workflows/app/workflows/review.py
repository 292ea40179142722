from __future__ import annotations

from dbos import DBOS

from app.db import transactions as tx
from app.steps.review import review_clauses, risk_score, second_opinion, select_relevant_clauses

REVIEW_QUERY = "liability cap indemnity auto-renewal termination data processing governing law"


@DBOS.workflow()
def review_document(doc_id: str, reviewer: str = "auto") -> dict:
    review_id = tx.create_review(doc_id, reviewer)
    clauses = tx.load_chunks(doc_id)
    if not clauses:
        tx.complete_review(review_id, [], 0.0)
        return {"review_id": review_id, "findings": [], "risk": 0.0}

    relevant = select_relevant_clauses(REVIEW_QUERY, clauses)
    findings = review_clauses(relevant)
    findings = second_opinion(findings, relevant)
    score = risk_score(findings)
    tx.complete_review(review_id, findings, score)
    DBOS.set_event("review_id", review_id)

    if score >= 0.7 and reviewer == "auto":
        # wait up to 3 days for a human to acknowledge the escalation
        ack = DBOS.recv("escalation_ack", timeout_seconds=3 * 24 * 3600)
        DBOS.logger.info("escalation for %s acknowledged=%s", doc_id, bool(ack))
    return {"review_id": review_id, "findings": findings, "risk": score}


# --- structured clause extraction -------------------------------------------------
# Moved here from app/steps/review.py during the DBOS 1.x upgrade; the instance keeps its
# own client so the eval harness can inject a different key/org.

from pydantic import BaseModel  # noqa: E402
from dbos import DBOSConfiguredInstance  # noqa: E402

from app.llm import get_anthropic_client, get_openai_client  # noqa: E402


class Clause(BaseModel):
    heading: str
    text: str
    kind: str


class ClauseList(BaseModel):
    clauses: list[Clause]


@DBOS.dbos_class()
class ClauseExtractor(DBOSConfiguredInstance):
    def __init__(self, name: str, model: str = "gpt-4o-2024-08-06", client=None):
        self.model = model
        self.client = client or get_openai_client()
        self.fallback = get_anthropic_client()
        super().__init__(name)

    @DBOS.step(retries_allowed=True, max_attempts=3)
    def extract(self, text: str) -> list[dict]:
        completion = self.client.beta.chat.completions.parse(
            model=self.model,
            messages=[
                {"role": "system", "content": "Split the contract into clauses. Keep original wording."},
                {"role": "user", "content": text[:60_000]},
            ],
            response_format=ClauseList,
        )
        parsed = completion.choices[0].message.parsed
        if parsed is None:
            return self._extract_with_tools(text)
        return [c.model_dump() for c in parsed.clauses]

    def _extract_with_tools(self, text: str) -> list[dict]:
        tool = {
            "name": "record_clauses",
            "description": "Record the clauses of the contract.",
            "input_schema": ClauseList.model_json_schema(),
        }
        msg = self.fallback.messages.create(
            model="claude-3-5-sonnet-20241022",
            max_tokens=8000,
            tools=[tool],
            tool_choice={"type": "tool", "name": "record_clauses"},
            messages=[{"role": "user", "content": text[:60_000]}],
        )
        for block in msg.content:
            if block.type == "tool_use":
                return ClauseList.model_validate(block.input).model_dump()["clauses"]
        return []

    @DBOS.workflow()
    def extract_and_review(self, doc_id: str) -> dict:
        doc = tx.load_document(doc_id)
        clauses = self.extract(doc["text"] or "")
        findings = review_clauses([{"text": c["text"]} for c in clauses])
        return {"doc_id": doc_id, "clauses": len(clauses), "findings": findings}


clause_extractor = ClauseExtractor("default")
