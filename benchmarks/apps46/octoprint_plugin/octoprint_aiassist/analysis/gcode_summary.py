# coding=utf-8
"""G-code summaries shown in the file list ("AI summary" button)."""
from __future__ import absolute_import, unicode_literals

import hashlib
import logging
import os

from .. import llm
from ..llm import multi_model_service, TaskComplexity
from ..llm.prompts import GCODE_SUMMARY_PROMPT, SYSTEM_PROMPT
from ..util.cache import TTLCache
from . import gcode_parser

_logger = logging.getLogger("octoprint.plugins.aiassist.gcode")

_summary_cache = TTLCache(ttl=24 * 3600, max_items=200)

# Files above this size get the whole thing uploaded to Gemini instead of a digest
LARGE_FILE_BYTES = 12 * 1024 * 1024


def _cache_key(path):
    st = os.stat(path)
    return hashlib.sha1("{}:{}:{}".format(path, st.st_size, st.st_mtime).encode("utf-8")).hexdigest()


class GcodeSummarizer(object):
    def __init__(self, settings_getter, printer_model="generic FDM printer"):
        self._settings = settings_getter
        self.printer_model = printer_model

    def summarize(self, path, force=False):
        key = _cache_key(path)
        if not force:
            cached = _summary_cache.get(key)
            if cached:
                return cached
        digest = gcode_parser.parse(path, max_lines=2000000)
        prompt = GCODE_SUMMARY_PROMPT.format(
            slicer=digest.slicer, digest=digest.generate(), printer_model=self.printer_model)
        if self._settings("use_tracked_service"):
            text = multi_model_service.generate_response_sync(
                prompt, task_type="gcode_summary", complexity=TaskComplexity.SIMPLE)
        else:
            text = self._summarize_openai(prompt)
        result = {"summary": text, "stats": digest.to_dict()}
        _summary_cache.set(key, result)
        return result

    def _summarize_openai(self, prompt):
        # TODO(jl): move to registry backends like everything else
        client = llm.get_openai_client(self._settings("openai_api_key"), self._settings("openai_org"))
        completion = client.chat.completions.create(
            model=self._settings("openai_model") or "gpt-4o-mini",
            messages=[
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": prompt},
            ],
            temperature=0.1,
            max_tokens=400,
        )
        return completion.choices[0].message.content

    def summarize_large_with_gemini(self, path):
        """Experimental: let Gemini read the first part of the raw file."""
        client = llm.get_genai_client(self._settings("google_api_key"))
        uploaded = client.files.upload(file=path, config={"mime_type": "text/plain"})
        _logger.info("Uploaded %s to Gemini as %s", path, uploaded.name)
        try:
            response = client.models.generate_content(
                model=self._settings("google_model") or "gemini-2.5-flash",
                contents=[uploaded, "Summarise this G-code for a hobbyist. " + SYSTEM_PROMPT],
            )
            return {"summary": response.text}
        finally:
            client.files.delete(name=uploaded.name)
