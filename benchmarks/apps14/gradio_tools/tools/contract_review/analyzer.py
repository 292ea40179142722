"""Playbook review and Q&A over a single contract (Claude)."""
from __future__ import annotations

import asyncio
import logging
from typing import Iterator, List, Tuple

import anthropic

from common.errors import InputTooLarge, UpstreamUnavailable
from common.llm import CLAUDE_MODEL, claude
from common.prompts import CONTRACT_QA_SYSTEM, CONTRACT_REVIEW_SYSTEM

log = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 150_000
PLAYBOOK_PATH = "tools/contract_review/playbook.md"


def _playbook() -> str:
    with open(PLAYBOOK_PATH, encoding="utf-8") as fh:
        return fh.read()


def _check_size(contract: str) -> int:
    counted = claude.messages.count_tokens(
        model=CLAUDE_MODEL,
        system=CONTRACT_REVIEW_SYSTEM,
        messages=[{"role": "user", "content": contract}],
    )
    if counted.input_tokens > MAX_INPUT_TOKENS:
        raise InputTooLarge(
            "This contract is too long to review in one go. Split it into the MSA and its "
            "order forms and review them separately."
        )
    return counted.input_tokens


def review_contract(contract: str, counterparty: str, deal_size: str) -> str:
    tokens = _check_size(contract)
    log.info("contract review: %s tokens, counterparty=%s", tokens, counterparty)
    try:
        msg = claude.messages.create(
            model=CLAUDE_MODEL,
            max_tokens=4096,
            temperature=0,
            system=[
                {"type": "text", "text": CONTRACT_REVIEW_SYSTEM},
                {"type": "text", "text": _playbook(), "cache_control": {"type": "ephemeral"}},
            ],
            messages=[{
                "role": "user",
                "content": f"Counterparty: {counterparty}\nDeal size: {deal_size}\n\n{contract}",
            }],
        )
    except anthropic.APIStatusError as exc:
        if exc.status_code in (429, 529):
            raise UpstreamUnavailable("Claude is overloaded right now, try again in a minute.")
        raise
    return "".join(block.text for block in msg.content if block.type == "text")


async def summarise_obligations(contract: str) -> str:
    """Run in the default executor so the Blocks event loop stays responsive."""
    loop = asyncio.get_running_loop()
    msg = await loop.run_in_executor(
        None,
        lambda: claude.messages.create(
            model=CLAUDE_MODEL,
            max_tokens=1500,
            messages=[{
                "role": "user",
                "content": "List ACME's obligations under this contract, one line each, "
                           "with the clause number:\n\n" + contract,
            }],
        ),
    )
    return msg.content[0].text


def answer_question(contract: str, question: str,
                    history: List[Tuple[str, str]]) -> Iterator[str]:
    """Streaming generator for the Q&A chatbot; yields the growing answer."""
    messages = []
    for user_turn, assistant_turn in history[-6:]:
        messages.append({"role": "user", "content": user_turn})
        messages.append({"role": "assistant", "content": assistant_turn})
    messages.append({"role": "user", "content": question})

    partial = ""
    with claude.messages.stream(
        model=CLAUDE_MODEL,
        max_tokens=1024,
        system=CONTRACT_QA_SYSTEM.format(contract=contract),
        messages=messages,
    ) as stream:
        for text in stream.text_stream:
            partial += text
            yield partial
