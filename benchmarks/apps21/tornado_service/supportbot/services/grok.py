"""Tone / sentiment analysis through xAI Grok (OpenAI-compatible API).

Product asked for Grok specifically for the 'frustration score' experiment.
"""
import json
import logging

from tornado.options import options

log = logging.getLogger(__name__)

SENTIMENT_SYSTEM = (
    "Rate customer frustration from 0 (calm) to 10 (furious). "
    'Answer with JSON {"score": int, "reason": str}.'
)


class SentimentAnalyzer:
    def __init__(self, xai_client):
        self.client = xai_client

    async def score(self, text):
        completion = await self.client.chat.completions.create(
            model=options.grok_model,
            messages=[
                {"role": "system", "content": SENTIMENT_SYSTEM},
                {"role": "user", "content": text[:4000]},
            ],
            response_format={"type": "json_object"},
            temperature=0,
        )
        try:
            return json.loads(completion.choices[0].message.content)
        except (TypeError, ValueError):
            log.warning("grok returned non-JSON sentiment")
            return {"score": None, "reason": "unparseable"}

    async def available_models(self):
        page = await self.client.models.list()
        return [m.id for m in page.data]
