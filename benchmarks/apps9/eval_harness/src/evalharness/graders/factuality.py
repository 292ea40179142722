"""Checks a model answer against live web results using Perplexity Sonar.

Written before we had the perplexity SDK in the lockfile, hence the OpenAI client.
"""
import json
import logging
import os

from openai import OpenAI

from evalharness.graders.base import Grader
from evalharness.types import GradeResult

log = logging.getLogger(__name__)

CHECK_PROMPT = (
    "Fact-check the following answer to the question using current web sources. "
    'Respond with JSON only: {{"verdict": "supported" | "refuted" | "unverifiable", "notes": "..."}}\n\n'
    "Question: {question}\nAnswer: {answer}"
)


class WebFactualityGrader(Grader):
    name = "web_factuality"

    def __init__(self, model="sonar"):
        self.model = model
        self._client = OpenAI(
            api_key=os.environ.get("PERPLEXITY_API_KEY"),
            base_url="https://api.perplexity.ai",
        )

    def grade(self, sample, completion):
        resp = self._client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "You are a careful fact-checker."},
                {"role": "user", "content": CHECK_PROMPT.format(question=sample.input, answer=completion.text)},
            ],
            temperature=0,
        )
        content = resp.choices[0].message.content or ""
        try:
            data = json.loads(content.strip().strip("`").removeprefix("json"))
        except ValueError:
            log.info("non-JSON factuality verdict for %s", sample.id)
            data = {"verdict": "unverifiable", "notes": content[:500]}
        verdict = data.get("verdict", "unverifiable")
        return GradeResult(
            sample_id=sample.id,
            grader=self.name,
            score={"supported": 1.0, "unverifiable": 0.5}.get(verdict, 0.0),
            passed=verdict == "supported",
            rationale=data.get("notes"),
            extra={"citations": getattr(resp, "citations", None)},
        )
