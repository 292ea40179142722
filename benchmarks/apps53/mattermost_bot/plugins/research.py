"""`research <question>` — web-grounded answers with citations."""
from __future__ import annotations

import logging

from mmpy_bot import Message, Plugin, listen_to

from services.perplexity_search import PerplexityResearcher

logger = logging.getLogger(__name__)


class ResearchPlugin(Plugin):
    def __init__(self, researcher: PerplexityResearcher, sync_client=None) -> None:
        super().__init__()
        self.researcher = researcher
        self.sync_client = sync_client

    @listen_to("^research (.*)$")
    async def research(self, message: Message, question: str):
        answer = await self.researcher.research(question)
        refs = "\n".join(f"{i}. {url}" for i, url in enumerate(answer.citations, 1))
        self.driver.reply_to(message, f"{answer.text}\n\n**Sources**\n{refs}" if refs else answer.text)

    @listen_to("^cve (CVE-\\d{4}-\\d+)$")
    def cve_lookup(self, message: Message, cve_id: str):
        # older sync path kept for the security channel bot account
        resp = self.sync_client.chat.completions.create(
            model="sonar-pro",
            messages=[{"role": "user", "content": f"Summarise {cve_id}: affected versions, severity, fix."}],
        )
        self.driver.reply_to(message, resp.choices[0].message.content)
