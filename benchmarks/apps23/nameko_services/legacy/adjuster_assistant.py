# Legacy adjuster Q&A assistant.
# The reserve estimate path was wrapped with the usage tracker during the 2024 FinOps
# cleanup; the Q&A path was not (ticket CLAIMS-2231).
import asyncio
import logging

import anthropic
import litellm

from common.llm_tracking import llm_tracker

log = logging.getLogger(__name__)

QA_MODEL = "claude-3-haiku-20240307"
RESERVE_MODEL = "deepseek/deepseek-chat"


class AdjusterAssistant(object):
    def __init__(self, api_key=None):
        self.api_key = api_key
        self.history = []

    def ask(self, question, claim_context=""):
        self.history.append({"role": "user", "content": "%s\n\nContext:\n%s" % (question, claim_context)})
        resp = anthropic.Anthropic(api_key=self.api_key).messages.create(
            model=QA_MODEL,
            max_tokens=700,
            messages=self.history[-10:],
        )
        answer = resp.content[0].text
        self.history.append({"role": "assistant", "content": answer})
        return answer

    def reset(self):
        self.history = []

    async def _estimate_reserve(self, claim_summary):
        messages = [
            {"role": "system", "content": "Estimate an initial reserve in USD. Reply with a number only."},
            {"role": "user", "content": claim_summary},
        ]
        async with llm_tracker.track_llm_call(
            provider="deepseek",
            model=RESERVE_MODEL,
            feature_context="legacy_reserve_estimate",
        ) as usage_log:
            response = litellm.completion(model=RESERVE_MODEL, messages=messages, max_tokens=20)
            usage_log.input_tokens = response.usage.prompt_tokens
            usage_log.output_tokens = response.usage.completion_tokens
        return response.choices[0].message.content

    def estimate_reserve(self, claim_summary):
        text = asyncio.run(self._estimate_reserve(claim_summary))
        try:
            return float(text.replace("$", "").replace(",", "").strip())
        except ValueError:
            log.warning("could not parse reserve estimate %r", text)
            return None
