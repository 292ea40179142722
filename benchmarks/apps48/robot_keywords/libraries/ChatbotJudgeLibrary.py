"""LLM-as-judge keywords for the support chatbot suites."""
from __future__ import annotations

import asyncio
import json
import re
from typing import Any, Optional

from google.genai import types
from robot.api import logger
from robot.api.deco import keyword, library
from robot.libraries.BuiltIn import BuiltIn

from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from libraries.chatbot_client import ChatbotClient
from resources import get_genai_client, settings
from resources.clients import get_async_anthropic_client
from resources.prompts import JUDGE_SYSTEM, JUDGE_TEMPLATE, render
from resources.registry import PROVIDERS

_JSON_RE = re.compile(r"\{.*\}", re.S)


def _parse_verdict(raw: str) -> dict[str, Any]:
    match = _JSON_RE.search(raw or "")
    if not match:
        return {"verdict": "fail", "score": 0, "reason": f"unparseable judge output: {raw!r}"}
    try:
        return json.loads(match.group(0))
    except json.JSONDecodeError:
        return {"verdict": "fail", "score": 0, "reason": f"bad JSON from judge: {raw!r}"}


@library(scope="SUITE")
class ChatbotJudgeLibrary:
    ROBOT_LIBRARY_SCOPE = "SUITE"

    def __init__(self, provider: Optional[str] = None, min_score: int = 7) -> None:
        self.provider = provider or settings.judge_provider
        self.min_score = int(min_score)
        self.bot = ChatbotClient(settings.chatbot_base_url)
        self.genai = get_genai_client()
        self._last_reply = None

    @keyword("Ask Chatbot")
    def ask_chatbot(self, question: str) -> str:
        conv = self._last_reply.conversation_id if self._last_reply else None
        self._last_reply = self.bot.chat(question, conversation_id=conv)
        logger.info(f"Chatbot replied in {self._last_reply.latency_ms:.0f} ms")
        return self._last_reply.text

    @keyword("Start New Conversation")
    def start_new_conversation(self, locale: str = "en") -> str:
        self._last_reply = None
        return self.bot.create(locale=locale)

    @keyword("Answer Should Satisfy")
    def answer_should_satisfy(self, question: str, answer: str, expectation: str) -> dict:
        prompt = render(JUDGE_TEMPLATE, question=question, expectation=expectation, answer=answer)
        judge = PROVIDERS[self.provider]
        verdict = _parse_verdict(judge(prompt, JUDGE_SYSTEM))
        self._assert(verdict)
        return verdict

    @keyword("Answer Should Satisfy According To Gemini")
    def answer_should_satisfy_gemini(self, question: str, answer: str, expectation: str) -> dict:
        prompt = render(JUDGE_TEMPLATE, question=question, expectation=expectation, answer=answer)
        resp = self.genai.models.generate_content(
            model=settings.gemini_model,
            contents=prompt,
            config=types.GenerateContentConfig(
                system_instruction=JUDGE_SYSTEM,
                response_mime_type="application/json",
                temperature=0.0,
            ),
        )
        verdict = _parse_verdict(resp.text)
        self._assert(verdict)
        return verdict

    @keyword("Answer Should Satisfy Tracked")
    def answer_should_satisfy_tracked(self, question: str, answer: str, expectation: str) -> dict:
        prompt = render(JUDGE_TEMPLATE, question=question, expectation=expectation, answer=answer)
        raw = asyncio.run(
            multi_model_service.generate_response(
                prompt=prompt,
                task_type="chatbot_judge",
                complexity=TaskComplexity.AGENTIC,
                system_message=JUDGE_SYSTEM,
            )
        )
        verdict = _parse_verdict(raw)
        self._assert(verdict)
        return verdict

    @keyword("Answers Should Be Consistent")
    def answers_should_be_consistent(self, *answers: str) -> None:
        """Asks Claude whether several answers to the same question agree."""
        verdict = asyncio.run(self._consistency(list(answers)))
        if verdict.get("verdict") != "pass":
            raise AssertionError(f"Answers disagree: {verdict.get('reason')}")

    async def _consistency(self, answers: list[str]) -> dict:
        client = get_async_anthropic_client()
        joined = "\n---\n".join(answers)
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=settings.anthropic_model, feature_context="judge_consistency"
        ) as usage_log:
            msg = await client.messages.create(
                model=settings.anthropic_model,
                max_tokens=400,
                system=JUDGE_SYSTEM,
                messages=[{"role": "user", "content": f"Do these answers agree?\n{joined}"}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return _parse_verdict(msg.content[0].text)

    @keyword("Multi Turn Conversation Should Stay On Topic")
    def multi_turn_should_stay_on_topic(self, topic: str, *turns: str) -> None:
        chat = self.genai.chats.create(
            model=settings.gemini_model,
            config=types.GenerateContentConfig(system_instruction=JUDGE_SYSTEM),
        )
        for turn in turns:
            reply = self.ask_chatbot(turn)
            result = chat.send_message(f"Topic: {topic}\nUser: {turn}\nBot: {reply}\nIs the bot on topic?")
            verdict = _parse_verdict(result.text)
            if verdict.get("verdict") != "pass":
                BuiltIn().fail(f"Off topic at turn '{turn}': {verdict.get('reason')}")

    def _assert(self, verdict: dict) -> None:
        logger.info(f"Judge verdict: {verdict}")
        score = int(verdict.get("score", 0))
        if verdict.get("verdict") != "pass" or score < self.min_score:
            raise AssertionError(f"Judge rejected answer (score {score}): {verdict.get('reason')}")
