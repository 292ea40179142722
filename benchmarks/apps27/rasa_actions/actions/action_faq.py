"""Retrieval-augmented FAQ answers.

Flow: embed question -> top-k passages from the FAQ index -> Cohere rerank ->
Gemini writes the answer from the top passages.
"""
from __future__ import annotations

import logging
from typing import List, Text

from google.genai import types
from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.constants import SLOT_FAQ_SOURCES
from actions.utils import latest_text
from llm import get_cohere_client, get_genai_client, get_settings
from llm.prompts import FAQ_SYSTEM, FAQ_USER
from llm.retrieval import Passage, get_faq_index

logger = logging.getLogger(__name__)

MIN_RERANK_SCORE = 0.25


def _rerank(question: str, passages: List[Passage], top_n: int) -> List[Passage]:
    if len(passages) <= 1:
        return passages
    settings = get_settings()
    result = get_cohere_client().rerank(
        model=settings.model_for("cohere_rerank"),
        query=question,
        documents=[f"{p.title}\n{p.text}" for p in passages],
        top_n=top_n,
    )
    ranked = []
    for item in result.results:
        if item.relevance_score < MIN_RERANK_SCORE:
            continue
        p = passages[item.index]
        p.score = item.relevance_score
        ranked.append(p)
    return ranked


def _format_passages(passages: List[Passage]) -> str:
    return "\n\n".join(f"[{p.id}] {p.title}\n{p.text}" for p in passages)


def _gen_config() -> types.GenerateContentConfig:
    return types.GenerateContentConfig(
        system_instruction=FAQ_SYSTEM,
        temperature=0.1,
        max_output_tokens=400,
    )


def _sources(passages: List[Passage]) -> List[dict]:
    return [{"id": p.id, "title": p.title, "url": p.url} for p in passages if p.url]


class ActionAnswerFAQ(Action):
    def name(self) -> Text:
        return "action_answer_faq"

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        question = latest_text(tracker)
        settings = get_settings()
        candidates = get_faq_index().search(question)
        passages = _rerank(question, candidates, settings.faq_rerank_top_n)
        if not passages:
            dispatcher.utter_message(response="utter_faq_no_answer")
            return [SlotSet(SLOT_FAQ_SOURCES, [])]

        response = get_genai_client().models.generate_content(
            model=settings.model_for("google"),
            contents=FAQ_USER.substitute(passages=_format_passages(passages), question=question),
            config=_gen_config(),
        )
        answer = (response.text or "").strip()
        if not answer:
            dispatcher.utter_message(response="utter_faq_no_answer")
            return [SlotSet(SLOT_FAQ_SOURCES, [])]

        dispatcher.utter_message(text=answer)
        return [SlotSet(SLOT_FAQ_SOURCES, _sources(passages))]


class ActionAnswerFAQStreamingChannel(Action):
    """Same as action_answer_faq but non-blocking; used by the web-chat channel.

    (async copy of the above -- the two should be merged, see BOT-977)
    """

    def name(self) -> Text:
        return "action_answer_faq_async"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[EventType]:
        question = latest_text(tracker)
        settings = get_settings()
        passages = await get_faq_index().asearch(question, top_k=settings.faq_rerank_top_n)
        if not passages:
            dispatcher.utter_message(response="utter_faq_no_answer")
            return []

        client = get_genai_client()
        response = await client.aio.models.generate_content(
            model=settings.model_for("google"),
            contents=FAQ_USER.substitute(passages=_format_passages(passages), question=question),
            config=_gen_config(),
        )
        dispatcher.utter_message(text=(response.text or "").strip() or "Sorry, I couldn't find that.")
        return [SlotSet(SLOT_FAQ_SOURCES, _sources(passages))]
