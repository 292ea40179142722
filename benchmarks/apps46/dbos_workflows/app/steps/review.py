from __future__ import annotations

import json
import re

from dbos import DBOS

from app.config import settings
from app.llm import get_bedrock_runtime, get_cohere_client
from app.llm.bedrock import BedrockChat
from app.llm.prompts import REVIEW, render_bedrock

PLAYBOOK_PATH = "playbooks/default.md"
_JSON_BLOCK = re.compile(r"\[.*\]", re.S)
SEVERITY_WEIGHT = {"low": 1, "medium": 3, "high": 8}


def _load_playbook() -> str:
    try:
        with open(PLAYBOOK_PATH, encoding="utf-8") as fh:
            return fh.read()
    except FileNotFoundError:
        return "- Liability must be capped at 12 months of fees.\n- No auto-renewal longer than 12 months."


def _parse_findings(text: str) -> list[dict]:
    m = _JSON_BLOCK.search(text)
    if not m:
        return []
    try:
        return [f for f in json.loads(m.group(0)) if isinstance(f, dict)]
    except json.JSONDecodeError:
        return []


def risk_score(findings: list[dict]) -> float:
    raw = sum(SEVERITY_WEIGHT.get(f.get("severity", "low"), 1) for f in findings)
    return min(1.0, raw / 20)


@DBOS.step()
def select_relevant_clauses(query: str, clauses: list[dict], top_n: int = 12) -> list[dict]:
    if len(clauses) <= top_n:
        return clauses
    co = get_cohere_client()
    ranked = co.rerank(
        model=settings.rerank_model,
        query=query,
        documents=[c["text"] for c in clauses],
        top_n=top_n,
    )
    return [clauses[r.index] for r in ranked.results]


@DBOS.step(retries_allowed=True, max_attempts=3)
def review_clauses(clauses: list[dict]) -> list[dict]:
    system, messages = render_bedrock(
        REVIEW, playbook=_load_playbook(), clauses="\n\n".join(c["text"] for c in clauses)
    )
    reviewer = BedrockChat(settings.review_model_id, max_tokens=3000)
    reply = reviewer.chat(messages, system=system)
    DBOS.logger.info("review used %d/%d tokens", reply.input_tokens, reply.output_tokens)
    return _parse_findings(reply.text)


@DBOS.step()
def second_opinion(findings: list[dict], clauses: list[dict]) -> list[dict]:
    """Ask a second model to confirm high-severity findings only."""
    high = [f for f in findings if f.get("severity") == "high"]
    if not high:
        return findings
    runtime = get_bedrock_runtime()
    prompt = (
        "For each finding, answer CONFIRM or REJECT with one sentence of reasoning.\n"
        f"Findings: {json.dumps(high)}\nClauses: {json.dumps([c['text'] for c in clauses])[:20000]}"
    )
    resp = runtime.converse(
        modelId="meta.llama3-1-70b-instruct-v1:0",
        messages=[{"role": "user", "content": [{"text": prompt}]}],
        inferenceConfig={"maxTokens": 1500, "temperature": 0.0},
    )
    verdict = resp["output"]["message"]["content"][0]["text"]
    rejected = verdict.upper().count("REJECT")
    if rejected:
        DBOS.logger.info("second opinion rejected %d finding(s)", rejected)
    for f in high:
        f["second_opinion"] = verdict[:2000]
    return findings
