"""Original content classifier (2023).  Superseded by llm_redactor but the
'content' profile still loads it.

TODO(mk): move to shared.clients / registry like the others.
"""
import logging
import os

import openai
from mitmproxy import ctx, http

logger = logging.getLogger(__name__)

openai.api_key = os.getenv("OPENAI_API_KEY")
_client = openai.OpenAI()

CONTENT_TYPES = ("text/html", "application/json")


def classify_page(url, text, model="gpt-4o-mini"):
    resp = _client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": "Classify the page topic in 3 words or fewer."},
            {"role": "user", "content": f"{url}\n\n{text[:3000]}"},
        ],
    )
    return resp.choices[0].message.content.strip()


def describe_api(url, text):
    # module-level client, left over from the 0.28 -> 1.x migration
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": f"What does this API endpoint return?\n{url}\n{text[:2000]}"}],
    )
    return resp.choices[0].message.content


def tag_language(text):
    result = _client.responses.create(model="gpt-4o-mini", input=f"ISO code of the language:\n{text[:500]}")
    return result.output_text.strip()


class LegacyClassifier:
    def load(self, loader):
        loader.add_option("legacy_classify", bool, False, "Run the 2023 page classifier.")

    def response(self, flow: http.HTTPFlow):
        if not ctx.options.legacy_classify or flow.response is None:
            return
        ctype = flow.response.headers.get("content-type", "")
        if not ctype.startswith(CONTENT_TYPES):
            return
        text = flow.response.get_text(strict=False) or ""
        if ctype.startswith("application/json"):
            flow.metadata["api_description"] = describe_api(flow.request.pretty_url, text)
        else:
            flow.metadata["topic"] = classify_page(flow.request.pretty_url, text)
            flow.metadata["lang"] = tag_language(text)


addons = [LegacyClassifier()]
