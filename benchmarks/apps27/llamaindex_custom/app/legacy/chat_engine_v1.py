"""First LlamaIndex chat engine (v1). Replaced by app.services.query_service but
the nightly digest still calls ``digest_answers``.
"""
from __future__ import annotations

import logging
from typing import Dict, List

from llama_index.core.chat_engine import CondenseQuestionChatEngine
from llama_index.core.memory import ChatMemoryBuffer
from openai import OpenAI

from app.llms.openai_llm import OpenAIChatLLM
from app.services.index_store import get_index_store

logger = logging.getLogger(__name__)

_oai = OpenAI()  # picks OPENAI_API_KEY from env; predates app.clients

CONDENSE_PROMPT = """Given the conversation and a follow-up message, rewrite the follow-up
as a standalone question.

Conversation:
{history}

Follow-up: {question}
Standalone question:"""


def condense(history: List[Dict[str, str]], question: str) -> str:
    text = "\n".join(f"{h['role']}: {h['content']}" for h in history)
    out = _oai.completions.create(
        model="gpt-3.5-turbo-instruct",
        prompt=CONDENSE_PROMPT.format(history=text, question=question),
        max_tokens=128,
        temperature=0,
    )
    return out.choices[0].text.strip()


def make_engine() -> CondenseQuestionChatEngine:
    llm = OpenAIChatLLM(client=_oai, model="gpt-4o-mini")
    index = get_index_store().load()
    return CondenseQuestionChatEngine.from_defaults(
        query_engine=index.as_query_engine(llm=llm),
        llm=llm,
        memory=ChatMemoryBuffer.from_defaults(token_limit=3000),
    )


def digest_answers(questions: List[str]) -> List[str]:
    engine = make_engine()
    answers = []
    for q in questions:
        engine.reset()
        answers.append(str(engine.chat(q)))
    return answers
