"""Contract extraction: key terms, clause checks against the clause library."""
import asyncio
import logging
from functools import partial
from typing import Dict, List

from docintel.celery_app import app
from docintel.core.db import session_scope
from docintel.core.settings import settings
from docintel.core.worker_clients import make_async_claude
from docintel.models import DocStatus, Document, ExtractionResult
from docintel.tasks.base import DocTask
from docintel.utils import parse_json_loose

log = logging.getLogger(__name__)

LONG_CONTRACT_TOKENS = 120_000

KEY_TERMS_SYSTEM = """You are a paralegal at a reinsurance company. Extract the key terms of the
contract below as JSON with keys: parties (list), effective_date, expiry_date, governing_law,
total_limit, currency, deductible, renewal (auto|manual|none), notice_period_days, signatories (list).
Use null for anything not stated. Output JSON only."""

CLAUSE_QUESTIONS: Dict[str, str] = {
    "sanctions": "Does the contract contain a sanctions limitation and exclusion clause? Quote it.",
    "cyber_exclusion": "Is there a cyber / LMA 5400-series exclusion? Quote the clause number and wording.",
    "war_exclusion": "Is war and terrorism excluded? Quote the relevant wording.",
    "termination": "Under which conditions can either party terminate early? Quote.",
    "arbitration": "Where and under which rules is arbitration seated?",
    "data_protection": "Does the contract reference GDPR or another data protection regime?",
}


def _contract_messages(text: str) -> List[Dict]:
    return [{"role": "user", "content": f"<contract>\n{text}\n</contract>"}]


def _input_tokens(task: DocTask, text: str) -> int:
    resp = task.bedrock.count_tokens(
        modelId=settings.bedrock_sonnet_model,
        input={"converse": {"messages": [{"role": "user", "content": [{"text": text}]}]}},
    )
    return resp["inputTokens"]


@app.task(bind=True, base=DocTask, name="docintel.tasks.extract_contract.extract_contract",
          soft_time_limit=900, time_limit=960)
def extract_contract(self, document_id: str) -> str:
    with session_scope() as session:
        doc = session.get(Document, document_id)
        text = doc.full_text

    n_tokens = _input_tokens(self, text)
    log.info("contract %s: %d input tokens", document_id, n_tokens)

    if n_tokens < LONG_CONTRACT_TOKENS:
        message = self.claude.messages.create(
            model=settings.bedrock_sonnet_model,
            max_tokens=2000,
            temperature=0,
            system=KEY_TERMS_SYSTEM,
            messages=_contract_messages(text),
        )
        raw = "".join(block.text for block in message.content if block.type == "text")
    else:
        # large master agreements exceed the non-streaming timeout on Bedrock
        with self.claude.messages.stream(
            model=settings.bedrock_sonnet_model,
            max_tokens=4000,
            temperature=0,
            system=KEY_TERMS_SYSTEM,
            messages=_contract_messages(text),
        ) as stream:
            raw = "".join(stream.text_stream)
            message = stream.get_final_message()

    key_terms = parse_json_loose(raw)
    clauses = check_clauses(self, text)

    with session_scope() as session:
        result = ExtractionResult(
            document_id=document_id,
            schema_name="contract",
            schema_version=3,
            model=settings.bedrock_sonnet_model,
            fields={"key_terms": key_terms, "clauses": clauses,
                    "usage": {"input": message.usage.input_tokens, "output": message.usage.output_tokens}},
        )
        session.add(result)
        session.get(Document, document_id).status = DocStatus.EXTRACTED
        session.flush()
        return result.id


def check_clauses(task: DocTask, text: str) -> Dict[str, str]:
    ask = partial(
        task.claude.messages.create,
        model=settings.bedrock_haiku_model,
        max_tokens=600,
        temperature=0,
        system="Answer strictly from the contract. If the contract is silent say 'not found'.",
    )
    answers: Dict[str, str] = {}
    for key, question in CLAUSE_QUESTIONS.items():
        msg = ask(messages=[{"role": "user", "content": f"<contract>\n{text}\n</contract>\n\n{question}"}])
        answers[key] = msg.content[0].text.strip()
    return answers


async def _compare_to_library(text: str, library: Dict[str, str]) -> Dict[str, dict]:
    async with make_async_claude() as client:
        async def compare(name: str, standard_wording: str) -> tuple:
            msg = await client.messages.create(
                model=settings.bedrock_haiku_model,
                max_tokens=500,
                system="Compare the contract against our standard clause. Reply JSON: "
                       '{"present": bool, "deviation": "none|minor|material", "note": str}',
                messages=[{
                    "role": "user",
                    "content": f"Standard clause '{name}':\n{standard_wording}\n\n<contract>\n{text}\n</contract>",
                }],
            )
            return name, parse_json_loose(msg.content[0].text)

        pairs = await asyncio.gather(*(compare(n, w) for n, w in library.items()))
    return dict(pairs)


@app.task(bind=True, base=DocTask, name="docintel.tasks.extract_contract.compare_clause_library",
          soft_time_limit=600)
def compare_clause_library(self, document_id: str, library: Dict[str, str]) -> Dict[str, dict]:
    with session_scope() as session:
        text = session.get(Document, document_id).full_text
    return asyncio.run(_compare_to_library(text, library))
