"""Blurb translations for the co-edition partners (DE, FR, ES, IT)."""
import asyncio
import logging
import os

import luigi
from anthropic import AsyncAnthropic
from openai import OpenAI

from enrichment.llm import get_together
from enrichment.llm.prompts import TRANSLATE_TEMPLATE, render
from enrichment.services.multi_model_service import TaskComplexity, multi_model_service
from enrichment.tasks.base import CatalogueTask
from enrichment.tasks.moderation import ScreenBlurbs
from enrichment.tasks.blurbs import GenerateBlurbs
from enrichment.utils import jsonl_target, read_jsonl, write_jsonl

log = logging.getLogger("luigi-interface")

LANGUAGES = {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}


def _fallback_together_client():
    # TODO(ines): remove once the factory honours TOGETHER_BASE_URL overrides
    return OpenAI(
        api_key=os.environ["TOGETHER_API_KEY"],
        base_url=os.environ.get("TOGETHER_BASE_URL", "https://api.together.xyz/v1"),
    )


class TranslateBlurbs(CatalogueTask):
    language = luigi.ChoiceParameter(choices=list(LANGUAGES))
    model = luigi.Parameter(default="meta-llama/Llama-3.3-70B-Instruct-Turbo")
    use_fallback_client = luigi.BoolParameter(default=False, significant=False)

    def requires(self):
        return {"blurbs": GenerateBlurbs(run_date=self.run_date, limit=self.limit),
                "screen": ScreenBlurbs(run_date=self.run_date, limit=self.limit)}

    def output(self):
        return jsonl_target("translations", f"{self.language}_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        flagged = {r["isbn"] for r in read_jsonl(self.input()["screen"]) if r["flagged"]}
        if self.use_fallback_client:
            client = _fallback_together_client()
            log.info("using fallback Together client")
        else:
            client = get_together()
        out = []
        for row in read_jsonl(self.input()["blurbs"]):
            if row["isbn"] in flagged:
                continue
            prompt = render(TRANSLATE_TEMPLATE, language=LANGUAGES[self.language], blurb=row["blurb"])
            resp = client.chat.completions.create(
                model=self.model,
                messages=[{"role": "user", "content": prompt}],
                max_tokens=600,
                temperature=0.2,
            )
            out.append({"isbn": row["isbn"], "lang": self.language, "blurb": resp.choices[0].message.content})
        write_jsonl(self.output(), out)


class PolishTranslations(CatalogueTask):
    """Claude pass over the Llama translations; run concurrently with asyncio."""

    language = luigi.ChoiceParameter(choices=list(LANGUAGES))
    model = luigi.Parameter(default="claude-3-5-sonnet-20241022")
    concurrency = luigi.IntParameter(default=5, significant=False)

    def requires(self):
        return TranslateBlurbs(run_date=self.run_date, language=self.language, limit=self.limit)

    def output(self):
        return jsonl_target("translations", f"{self.language}_polished_{self.run_date:%Y%m%d}.jsonl")

    async def _polish_all(self, rows):
        client = AsyncAnthropic()
        sem = asyncio.Semaphore(self.concurrency)

        async def polish(row):
            async with sem:
                msg = await client.messages.create(
                    model=self.model,
                    max_tokens=800,
                    system=f"You are a native {LANGUAGES[self.language]} copy-editor. Return only the corrected text.",
                    messages=[{"role": "user", "content": row["blurb"]}],
                )
            return {**row, "blurb": msg.content[0].text, "polished": True}

        try:
            return await asyncio.gather(*(polish(r) for r in rows))
        finally:
            await client.close()

    def run(self):
        rows = list(read_jsonl(self.input()))
        write_jsonl(self.output(), asyncio.run(self._polish_all(rows)))


class TranslateTitles(CatalogueTask):
    """Working titles for foreign-rights pitches.  Low volume, so it goes
    through the tracked service instead of a dedicated client."""

    language = luigi.ChoiceParameter(choices=list(LANGUAGES))

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("translations", f"titles_{self.language}_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        out = []
        for row in read_jsonl(self.input()):
            suggestion = multi_model_service.generate_response_sync(
                f"Suggest a {LANGUAGES[self.language]} working title for '{row['title']}'. "
                f"Reply with the title only.\n\nBlurb: {row['blurb'][:500]}",
                task_type="title_translation",
                complexity=TaskComplexity.STANDARD,
            )
            out.append({"isbn": row["isbn"], "lang": self.language, "title": suggestion.strip().strip('"')})
        write_jsonl(self.output(), out)
