# Ported from the Streamlit prototype. Some of this predates openai>=1.0 and
# only works because the prod image still pins openai==0.28 for the cron box.
# FINOPS-212: wrap everything here with llm_tracker (newsletter done, rest TODO).
import asyncio
import json
import os
import string
import time

import litellm
import openai
import requests
from litellm import completion

from studio.backend.services.llm_usage_tracker import llm_tracker

openai.api_key = os.environ.get("OPENAI_API_KEY")

ANTHROPIC_URL = "https://api.anthropic.com/v1/messages"


class PromptTemplate:
    """Tiny $-template wrapper the prototype used everywhere."""

    def __init__(self, template):
        self.template = string.Template(template)

    def generate(self, **kwargs):
        return self.template.safe_substitute(**kwargs)


OUTLINE_TMPL = PromptTemplate("Write a blog outline about $topic for $audience. Use H2/H3 markdown headings.")
NEWSLETTER_TMPL = PromptTemplate(
    "Write this week's newsletter intro. Highlights:\n$highlights\n\nKeep it under 150 words."
)


def legacy_complete(prompt, model="gpt-3.5-turbo", temperature=0.7, retries=3):
    for attempt in range(retries):
        try:
            resp = openai.ChatCompletion.create(
                model=model,
                messages=[{"role": "user", "content": prompt}],
                temperature=temperature,
            )
            return resp["choices"][0]["message"]["content"]
        except Exception:  # noqa: BLE001
            time.sleep(2**attempt)
    return ""


def blog_outline(topic, audience="marketers"):
    prompt = OUTLINE_TMPL.generate(topic=topic, audience=audience)
    return legacy_complete(prompt, model="gpt-4")


def claude_raw(prompt, max_tokens=800, model="claude-3-haiku-20240307"):
    """Raw HTTP because the prototype box couldn't install the anthropic SDK."""
    r = requests.post(
        ANTHROPIC_URL,
        headers={
            "x-api-key": os.environ.get("ANTHROPIC_API_KEY", ""),
            "anthropic-version": "2023-06-01",
            "content-type": "application/json",
        },
        data=json.dumps(
            {"model": model, "max_tokens": max_tokens, "messages": [{"role": "user", "content": prompt}]}
        ),
        timeout=60,
    )
    r.raise_for_status()
    return r.json()["content"][0]["text"]


def social_snippets(article, n=3):
    resp = completion(
        model="groq/llama3-70b-8192",
        messages=[{"role": "user", "content": f"Write {n} social snippets for:\n{article[:4000]}"}],
    )
    return [s for s in resp.choices[0].message.content.split("\n") if s.strip()]


class NewsletterGenerator:
    def __init__(self, model="claude-3-5-sonnet-latest"):
        self.model = model

    async def _tracked(self, prompt):
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=self.model, feature_context="newsletter"
        ) as usage_log:
            response = litellm.completion(
                model=f"anthropic/{self.model}",
                messages=[{"role": "user", "content": prompt}],
                max_tokens=600,
            )
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content

    def intro(self, highlights):
        prompt = NEWSLETTER_TMPL.generate(highlights="\n".join(f"- {h}" for h in highlights))
        return asyncio.run(self._tracked(prompt))

    def subject_lines(self, intro, n=5):
        # TODO: move under _tracked like intro()
        resp = litellm.completion(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"{n} email subject lines for:\n{intro}"}],
            temperature=0.9,
        )
        return resp.choices[0].message.content.splitlines()

    def embed_archive(self, texts):
        # old ada embeddings still used by the newsletter dedupe check
        out = openai.Embedding.create(model="text-embedding-ada-002", input=texts)
        return [row["embedding"] for row in out["data"]]
