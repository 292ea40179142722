"""Collective-agreement summaries on watsonx.ai (Granite).

The IBM account team insisted these go through watsonx, so this module is
the only place that speaks to it for text generation.
"""

from __future__ import annotations

import logging
import os

from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import ModelInference
from ibm_watsonx_ai.metanames import GenTextParamsMetaNames as GenParams

from hrassist.prompts import SUMMARY_TEMPLATE

log = logging.getLogger(__name__)

SUMMARY_PARAMS = {
    GenParams.DECODING_METHOD: "greedy",
    GenParams.MAX_NEW_TOKENS: 600,
    GenParams.MIN_NEW_TOKENS: 40,
    GenParams.REPETITION_PENALTY: 1.05,
    GenParams.STOP_SEQUENCES: ["\n\n\n"],
}

MAX_SECTION_TOKENS = 6000


class AgreementSummarizer:
    def __init__(self, model: ModelInference, bullets: int = 6):
        self.model = model
        self.bullets = bullets

    def fits(self, text: str) -> bool:
        # tokenize is free on watsonx, used to decide whether to split
        info = self.model.tokenize(prompt=text)
        return info["result"]["token_count"] <= MAX_SECTION_TOKENS

    def summarize(self, text: str) -> str:
        if not self.fits(text):
            return self.summarize_long(text)
        prompt = SUMMARY_TEMPLATE.substitute(text=text, bullets=self.bullets)
        return self.model.generate_text(prompt=prompt, params=SUMMARY_PARAMS).strip()

    def summarize_long(self, text: str) -> str:
        pieces = [text[i : i + 12000] for i in range(0, len(text), 12000)]
        partials = [self.summarize(piece) for piece in pieces]
        merged = "\n".join(partials)
        resp = self.model.chat(
            messages=[
                {"role": "system", "content": "You merge bullet-point summaries without losing facts."},
                {"role": "user", "content": f"Merge into at most {self.bullets} bullets:\n{merged}"},
            ],
            params={"max_tokens": 700, "temperature": 0},
        )
        return resp["choices"][0]["message"]["content"].strip()


def stream_summary(text: str, model_id: str = "ibm/granite-3-8b-instruct"):
    """Streaming variant for the admin preview page.

    Builds its own ModelInference because the admin box runs with a
    different (read-only) API key.
    """
    model = ModelInference(
        model_id=model_id,
        credentials=Credentials(
            url=os.environ.get("WATSONX_URL", "https://eu-de.ml.cloud.ibm.com"),
            api_key=os.environ["WATSONX_ADMIN_APIKEY"],
        ),
        project_id=os.environ["WATSONX_PROJECT_ID"],
    )
    prompt = SUMMARY_TEMPLATE.substitute(text=text, bullets=5)
    for piece in model.generate_text_stream(prompt=prompt, params=SUMMARY_PARAMS):
        yield piece
