"""Back-cover blurbs for titles whose description is missing or unusable."""
import logging

import luigi

from enrichment.llm import get_openai
from enrichment.llm.prompts import BLURB_SYSTEM, BLURB_TEMPLATE, render
from enrichment.tasks.base import LLMTask
from enrichment.tasks.ingest import ExtractCatalogue
from enrichment.utils import jsonl_target, read_jsonl, write_jsonl

log = logging.getLogger("luigi-interface")

MIN_USABLE_DESCRIPTION = 180


class GenerateBlurbs(LLMTask):
    words = luigi.IntParameter(default=120)
    stream_long = luigi.BoolParameter(default=False, description="stream blurbs over 200 words (anthropic only)")

    def requires(self):
        return ExtractCatalogue(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("blurbs", f"{self.provider}_{self.run_date:%Y%m%d}.jsonl")

    def _stream_blurb(self, prompt):
        chunks = []
        with self.client.messages.stream(
            model=self.model_name,
            max_tokens=1200,
            system=BLURB_SYSTEM,
            messages=[{"role": "user", "content": prompt}],
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
        return "".join(chunks)

    def run(self):
        out = []
        for row in read_jsonl(self.input()):
            if len(row["description"]) >= MIN_USABLE_DESCRIPTION:
                out.append({**row, "blurb": row["description"], "blurb_source": "original"})
                continue
            prompt = render(BLURB_TEMPLATE, words=self.words, **row)
            if self.stream_long and self.provider == "anthropic" and self.words > 200:
                blurb = self._stream_blurb(prompt)
            else:
                blurb = self.ask(BLURB_SYSTEM, prompt, max_tokens=self.words * 3).text
            out.append({**row, "blurb": blurb.strip(), "blurb_source": f"{self.provider}:{self.model_name}"})
        write_jsonl(self.output(), out)


class RewriteBlurbsForAudience(LLMTask):
    """Second pass for the YA imprint: rewrite an existing blurb for teen readers.

    Uses the Responses API directly; the --provider parameter is ignored here
    (it was only ever run against OpenAI).
    """

    audience = luigi.Parameter(default="young adult")

    def requires(self):
        return GenerateBlurbs(run_date=self.run_date, limit=self.limit)

    def output(self):
        return jsonl_target("blurbs", f"rewrite_{self.audience.replace(' ', '_')}_{self.run_date:%Y%m%d}.jsonl")

    def run(self):
        client = get_openai()
        rows = []
        for row in read_jsonl(self.input()):
            resp = client.responses.create(
                model=self.model or "gpt-4o",
                instructions=f"{BLURB_SYSTEM} Rewrite for a {self.audience} audience.",
                input=row["blurb"],
                max_output_tokens=400,
            )
            rows.append({"isbn": row["isbn"], "audience": self.audience, "blurb": resp.output_text})
        write_jsonl(self.output(), rows)
