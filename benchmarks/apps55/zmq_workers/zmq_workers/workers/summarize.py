"""Summarization worker (short docs via OpenAI, long docs via Claude / Gemini map-reduce)."""
from __future__ import annotations

import asyncio
import base64
import io
import logging

from google.genai import types

from ..chunking import chunk_text
from ..llm import get_anthropic_client, get_genai_client, get_openai_client
from ..llm.prompts import SUMMARY_SYSTEM, summary_prompt
from ..llm.retry import call_with_retries
from ..protocol import Job
from ..services.multi_model_service import TaskComplexity, multi_model_service
from ..storage import ResultStore
from .base import BaseWorker

log = logging.getLogger(__name__)

# Claude's context is large but we still cap single-pass docs
SINGLE_PASS_TOKENS = 150_000


class Worker(BaseWorker):
    name = "summarize"

    def __init__(self, ctx=None) -> None:
        super().__init__(ctx)
        self.openai = get_openai_client()
        self.anthropic = get_anthropic_client()
        self.genai = get_genai_client()
        self.store = ResultStore()
        self.handlers = {
            "summarize": self.summarize,
            "summarize_long": self.summarize_long,
            "transcribe": self.transcribe,
            "title": self.title,
        }

    # ----------------------------------------------------------------- short
    def summarize(self, job: Job) -> dict:
        text = job.payload["text"][: self.settings.max_doc_chars]
        max_words = int(job.payload.get("max_words", 150))

        if self.settings.use_tracked_service and not job.payload.get("force_direct"):
            summary = asyncio.run(multi_model_service.generate_response(
                prompt=summary_prompt(text, max_words),
                task_type="summarize",
                complexity=TaskComplexity.SIMPLE,
                system=SUMMARY_SYSTEM,
                tenant=job.tenant,
            ))
            self.store.create(job.job_id, job.job_type, summary=summary)
            return {"summary": summary, "tracked": True}

        resp = call_with_retries(
            self.openai.chat.completions.create,
            model=self.settings.summarize_model,
            messages=[
                {"role": "system", "content": SUMMARY_SYSTEM},
                {"role": "user", "content": summary_prompt(text, max_words)},
            ],
            temperature=0.2,
            max_tokens=max_words * 3,
        )
        summary = resp.choices[0].message.content.strip()
        self.store.create(job.job_id, job.job_type, summary=summary)
        return {
            "summary": summary,
            "usage": {"input_tokens": resp.usage.prompt_tokens, "output_tokens": resp.usage.completion_tokens},
        }

    def title(self, job: Job) -> dict:
        resp = self.openai.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "user", "content": f"Write a short title (max 8 words) for:\n\n{job.payload['text'][:4000]}"}],
            max_tokens=32,
        )
        return {"title": resp.choices[0].message.content.strip().strip('"')}

    # ------------------------------------------------------------------ long
    def _fits_single_pass(self, text: str) -> bool:
        count = self.anthropic.messages.count_tokens(
            model=self.settings.summarize_long_model,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": text}],
        )
        return count.input_tokens < SINGLE_PASS_TOKENS

    def summarize_long(self, job: Job) -> dict:
        text = job.payload["text"]
        max_words = int(job.payload.get("max_words", 300))
        if not self._fits_single_pass(text):
            return self._map_reduce(job.job_id, text, max_words)

        parts: list[str] = []
        with self.anthropic.messages.stream(
            model=self.settings.summarize_long_model,
            max_tokens=max_words * 3,
            system=SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": summary_prompt(text, max_words)}],
        ) as stream:
            for chunk in stream.text_stream:
                parts.append(chunk)
            final = stream.get_final_message()
        summary = "".join(parts).strip()
        self.store.create(job.job_id, job.job_type, summary=summary, model=final.model)
        return {
            "summary": summary,
            "usage": {"input_tokens": final.usage.input_tokens, "output_tokens": final.usage.output_tokens},
        }

    def _map_reduce(self, job_id: str, text: str, max_words: int) -> dict:
        """Gemini is cheaper for the map step; we reduce with Gemini too."""
        partials = []
        for i, chunk in enumerate(chunk_text(text, max_chars=40_000)):
            partials.append(self._gemini_summary(chunk, max_words=200))
            log.debug("job %s: chunk %d summarised", job_id, i)
        summary = self._gemini_summary("\n\n".join(partials), max_words=max_words)
        return {"summary": summary, "chunks": len(partials)}

    def _gemini_summary(self, text: str, max_words: int) -> str:
        resp = self.genai.models.generate_content(
            model=self.settings.gemini_model,
            contents=summary_prompt(text, max_words),
            config=types.GenerateContentConfig(
                system_instruction=SUMMARY_SYSTEM,
                temperature=0.2,
                max_output_tokens=max_words * 3,
            ),
        )
        return (resp.text or "").strip()

    # ------------------------------------------------------------ transcribe
    def transcribe(self, job: Job) -> dict:
        audio = base64.b64decode(job.payload["audio_b64"])
        buf = io.BytesIO(audio)
        buf.name = job.payload.get("filename", "audio.mp3")
        tr = self.openai.audio.transcriptions.create(
            model="whisper-1",
            file=buf,
            language=job.payload.get("language"),
        )
        return {"text": tr.text}
