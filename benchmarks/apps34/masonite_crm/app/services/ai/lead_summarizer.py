"""Lead summaries with Claude."""
import asyncio
import logging
from functools import partial

from anthropic import Anthropic, APIStatusError
from masonite.configuration import config

from app.services.ai.clients import get_async_anthropic
from app.services.ai.prompts import PromptLibrary

logger = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 12_000


class LeadSummarizer:
    def __init__(self, client: Anthropic, model: str = "claude-3-5-sonnet-latest"):
        self.client = client
        self.model = model
        self.company = config("application.crm_name", "Pipeline")

    def _build_prompt(self, lead) -> str:
        return PromptLibrary.render(
            PromptLibrary.LEAD_SUMMARY,
            company=self.company,
            name=lead.name,
            title=lead.title or "",
            account=lead.company or "",
            stage=lead.stage,
            notes=lead.notes or "",
            activity=lead.activity_text(),
        )

    def fits_context(self, prompt: str) -> bool:
        counted = self.client.messages.count_tokens(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )
        return counted.input_tokens <= MAX_INPUT_TOKENS

    def summarize(self, lead) -> str:
        prompt = self._build_prompt(lead)
        if not self.fits_context(prompt):
            prompt = prompt[: MAX_INPUT_TOKENS * 3]
        try:
            message = self.client.messages.create(
                model=self.model,
                max_tokens=config("ai.anthropic.max_tokens", 1024),
                system=PromptLibrary.system_prompt("lead_summary"),
                messages=[{"role": "user", "content": prompt}],
            )
        except APIStatusError as exc:
            logger.warning("summary failed for lead %s: %s", lead.id, exc.status_code)
            raise
        return message.content[0].text.strip()

    def quick_headline(self, lead) -> str:
        """One-liner for the lead list; uses the cheap model."""
        ask = partial(
            self.client.messages.create,
            model=config("ai.anthropic.fast_model"),
            max_tokens=60,
        )
        reply = ask(
            messages=[
                {
                    "role": "user",
                    "content": f"In under 12 words, what matters about this lead?\n{lead.profile_text()}",
                }
            ]
        )
        return reply.content[0].text.strip().strip('"')

    async def summarize_many(self, leads, concurrency: int = 5) -> dict:
        """Summaries for a whole account at once (account page "refresh all")."""
        aclient = get_async_anthropic()
        semaphore = asyncio.Semaphore(concurrency)

        async def one(lead):
            async with semaphore:
                msg = await aclient.messages.create(
                    model=self.model,
                    max_tokens=600,
                    system=PromptLibrary.system_prompt("lead_summary"),
                    messages=[{"role": "user", "content": self._build_prompt(lead)}],
                )
                return lead.id, msg.content[0].text.strip()

        results = await asyncio.gather(*(one(lead) for lead in leads), return_exceptions=True)
        summaries = {}
        for result in results:
            if isinstance(result, Exception):
                logger.warning("batch summary failed: %s", result)
                continue
            lead_id, text = result
            summaries[lead_id] = text
        return summaries
