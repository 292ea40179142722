"""Topic UDFs: a class-based UDF with its own client, and a thin function wrapper."""
from __future__ import annotations

import os

from openai import OpenAI
from pyflink.table import DataTypes
from pyflink.table.udf import FunctionContext, ScalarFunction, udf

from config.settings import FIREWORKS_BASE_URL, MODELS
from enrichment.classifiers import classify_chat_topic
from enrichment.prompts import CHAT_TOPIC_SYSTEM


class TopicLabel(ScalarFunction):
    def __init__(self, model: str | None = None):
        self.model = model or MODELS.fireworks_model
        self.client = None

    def open(self, function_context: FunctionContext):
        self.client = OpenAI(
            api_key=os.environ["FIREWORKS_API_KEY"],
            base_url=FIREWORKS_BASE_URL,
        )
        self.calls = function_context.get_metric_group().counter("topic_calls")

    def eval(self, text: str):
        if not text:
            return "other"
        self.calls.inc()
        resp = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": CHAT_TOPIC_SYSTEM},
                {"role": "user", "content": text[:4000]},
            ],
            max_tokens=6,
        )
        return (resp.choices[0].message.content or "other").strip().lower()


topic_label = udf(TopicLabel(), result_type=DataTypes.STRING())


@udf(result_type=DataTypes.STRING())
def chat_topic(text: str) -> str:
    return classify_chat_topic(text) if text else "other"
