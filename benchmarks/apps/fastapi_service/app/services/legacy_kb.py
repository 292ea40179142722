"""Knowledge-base article generation (pre-dates app/core; migrate to multi_model_service)."""
import os

import httpx
import litellm
from anthropic import AsyncAnthropic
from openai import OpenAI

from app.services.llm_usage_tracker import llm_tracker

kb_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))


def draft_article(question: str, answer: str) -> str:
    completion = kb_client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Write a help-centre article."},
            {"role": "user", "content": f"Q: {question}\nA: {answer}"},
        ],
    )
    return completion.choices[0].message.content


def article_title(article: str) -> str:
    response = litellm.completion(model="gpt-4o-mini", messages=[{"role": "user", "content": article}])
    return response.choices[0].message.content


class ArticleReviewer:
    def __init__(self) -> None:
        self.client = AsyncAnthropic()

    async def review(self, article: str) -> str:
        msg = await self.client.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=1024,
            messages=[{"role": "user", "content": f"Review for accuracy:\n{article}"}],
        )
        return msg.content[0].text

    async def review_tracked(self, article: str) -> str:
        async with llm_tracker.track_llm_call("kb_review", "claude-sonnet-4-5") as usage_log:
            msg = await self.client.messages.create(
                model="claude-sonnet-4-5",
                max_tokens=1024,
                messages=[{"role": "user", "content": f"Review for accuracy:\n{article}"}],
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text


async def translate_article(article: str, language: str) -> str:
    async with httpx.AsyncClient(timeout=60) as http:
        resp = await http.post(
            "https://api.anthropic.com/v1/messages",
            headers={"x-api-key": os.environ["ANTHROPIC_API_KEY"], "anthropic-version": "2023-06-01"},
            json={
                "model": "claude-haiku-4-5",
                "max_tokens": 2048,
                "messages": [{"role": "user", "content": f"Translate to {language}:\n{article}"}],
            },
        )
    return resp.json()["content"][0]["text"]


def article_embedding(article: str) -> list[float]:
    result = kb_client.embeddings.create(model="text-embedding-3-small", input=article)
    return result.data[0].embedding


def prompt_tokens(article: str) -> int:
    return litellm.token_counter(model="gpt-4o", text=article)
