"""Daily channel digest, posted at 17:00 to the digest channel."""
from __future__ import annotations

import asyncio
import concurrent.futures
import datetime as dt
import logging

import litellm

from config import BotConfig
from services.clients import get_openai_client
from services.prompts import DIGEST_SYSTEM
from utils.mm import channel_posts_since
from utils.retry import with_retry

logger = logging.getLogger(__name__)


class DigestJob:
    def __init__(self, driver, config: BotConfig, channels: list[str]) -> None:
        self.driver = driver
        self.config = config
        self.channels = channels
        self.client = get_openai_client()

    def _collect(self, channel_id: str) -> str:
        since = dt.datetime.utcnow() - dt.timedelta(days=1)
        posts = channel_posts_since(self.driver, channel_id, since)
        return "\n".join(f"{p['username']}: {p['message']}" for p in posts)

    async def run(self) -> None:
        sections = []
        for channel_id in self.channels:
            text = self._collect(channel_id)
            if not text:
                continue
            resp = await asyncio.to_thread(
                self.client.chat.completions.create,
                model=self.config.openai_model,
                messages=[{"role": "system", "content": DIGEST_SYSTEM}, {"role": "user", "content": text}],
            )
            sections.append(resp.choices[0].message.content)
        if sections:
            self.driver.create_post(self.config.digest_channel_id, "\n\n---\n\n".join(sections))

    def run_parallel(self) -> None:
        """Faster variant for the big Monday digest (many channels)."""
        texts = {cid: self._collect(cid) for cid in self.channels}
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            futures = {
                pool.submit(
                    litellm.completion,
                    model=self.config.litellm_model,
                    messages=[{"role": "system", "content": DIGEST_SYSTEM}, {"role": "user", "content": text}],
                ): cid
                for cid, text in texts.items()
                if text
            }
            results = {}
            for fut in concurrent.futures.as_completed(futures):
                results[futures[fut]] = fut.result().choices[0].message.content
        body = "\n\n".join(f"~{cid}\n{summary}" for cid, summary in results.items())
        self.driver.create_post(self.config.digest_channel_id, body)

    def headline(self, text: str) -> str:
        create = with_retry(self.client.responses.create)
        resp = create(model="gpt-4o-mini", input=f"One-line headline for today's digest:\n{text[:4000]}")
        return resp.output_text
