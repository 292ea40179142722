"""Checks outbound drafts for tone issues before they go to the sequencer."""
import json

from openai import OpenAI

from f.common.resources import openai as OpenAIResource


class ToneChecker:
    def __init__(self, res: OpenAIResource):
        self._client = OpenAI(api_key=res["api_key"])

    def flagged(self, text: str) -> bool:
        mod = self._client.moderations.create(model="omni-moderation-latest", input=text)
        return mod.results[0].flagged

    def review(self, text: str) -> dict:
        completion = self._client.chat.completions.parse(
            model="gpt-4o-2024-08-06",
            messages=[
                {"role": "system", "content": "Review the email tone. JSON: {pushy: bool, "
                                              "condescending: bool, suggestions: [str]}"},
                {"role": "user", "content": text},
            ],
            response_format={"type": "json_object"},
        )
        return json.loads(completion.choices[0].message.content)


def main(draft: str, openai_res: OpenAIResource):
    checker = ToneChecker(openai_res)
    if checker.flagged(draft):
        return {"ok": False, "reason": "moderation"}
    review = checker.review(draft)
    review["ok"] = not (review.get("pushy") or review.get("condescending"))
    return review
