# coding=utf-8
"""Camera-snapshot analyser ("failure watch").

Every ``interval`` seconds while printing, grab a webcam frame and ask a
vision model whether the print looks like it is failing. Two consecutive
positive answers above the confidence threshold pause the print.
"""
from __future__ import absolute_import, unicode_literals

import base64
import json
import logging
import threading
import time

import ollama

from ..llm.prompts import SNAPSHOT_PROMPT
from ..util import webcam

_logger = logging.getLogger("octoprint.plugins.aiassist.snapshot")

LOCAL_MODEL = "moondream"


def _parse_verdict(text):
    try:
        start = text.index("{")
        end = text.rindex("}") + 1
        data = json.loads(text[start:end])
    except (ValueError, TypeError):
        return {"failing": False, "confidence": 0.0, "issue": None, "advice": None, "raw": text}
    data.setdefault("confidence", 0.0)
    return data


class SnapshotAnalyzer(object):
    def __init__(self, backend, snapshot_url, openrouter_client=None, second_opinion_model=None,
                 threshold=0.75, use_local_prefilter=False):
        self._backend = backend
        self._snapshot_url = snapshot_url
        self._openrouter = openrouter_client
        self._second_opinion_model = second_opinion_model or "google/gemini-2.0-flash-001"
        self.threshold = threshold
        self.use_local_prefilter = use_local_prefilter
        self.last_verdict = None
        self.last_checked = None

    def _grab(self):
        return webcam.downscale(webcam.fetch_snapshot(self._snapshot_url))

    def quick_check_local(self, image_bytes):
        """Free pre-filter on a local Ollama model; skip the paid call when
        the tiny model is confident nothing is wrong."""
        response = ollama.generate(
            model=LOCAL_MODEL,
            prompt="Answer yes or no: does this 3D print look failed or spaghetti-like?",
            images=[image_bytes],
            options={"temperature": 0},
        )
        return response["response"].strip().lower().startswith("yes")

    def analyze(self):
        image = self._grab()
        if self.use_local_prefilter:
            try:
                if not self.quick_check_local(image):
                    self.last_verdict = {"failing": False, "confidence": 0.5, "source": "local"}
                    return self.last_verdict
            except Exception:
                _logger.warning("Local prefilter unavailable, going straight to %r", self._backend)
        result = self._backend.describe_image(image, SNAPSHOT_PROMPT)
        verdict = _parse_verdict(result.text)
        verdict["source"] = self._backend.name
        if verdict.get("failing") and self._openrouter is not None:
            verdict["second_opinion"] = self.second_opinion(image)
        self.last_verdict = verdict
        self.last_checked = time.time()
        return verdict

    def second_opinion(self, image_bytes):
        b64 = base64.b64encode(image_bytes).decode("ascii")
        completion = self._openrouter.chat.completions.create(
            model=self._second_opinion_model,
            messages=[{
                "role": "user",
                "content": [
                    {"type": "text", "text": SNAPSHOT_PROMPT},
                    {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64," + b64}},
                ],
            }],
            max_tokens=200,
        )
        return _parse_verdict(completion.choices[0].message.content)


class FailureWatch(threading.Thread):
    """Background thread driving ``SnapshotAnalyzer`` while a job runs."""

    def __init__(self, analyzer, printer, interval=30, on_failure=None, logger=None):
        super(FailureWatch, self).__init__(name="aiassist-failurewatch")
        self.daemon = True
        self._analyzer = analyzer
        self._printer = printer
        self._interval = interval
        self._on_failure = on_failure
        self._stop_event = threading.Event()
        self._strikes = 0
        self._logger = logger or _logger

    def stop(self):
        self._stop_event.set()

    def run(self):
        while not self._stop_event.wait(self._interval):
            if not self._printer.is_printing():
                continue
            try:
                verdict = self._analyzer.analyze()
            except Exception:
                self._logger.exception("Snapshot analysis failed")
                continue
            if verdict.get("failing") and verdict.get("confidence", 0) >= self._analyzer.threshold:
                self._strikes += 1
            else:
                self._strikes = 0
            if self._strikes >= 2 and self._on_failure:
                self._logger.warning("Failure watch triggered: %s", verdict.get("issue"))
                self._on_failure(verdict)
                self._strikes = 0
