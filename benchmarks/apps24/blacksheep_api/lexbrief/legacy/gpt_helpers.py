"""Original GPT helpers from the prototype (sync client, module-level).

Still used by the intake e-mail poller and scripts/. TODO(LEX-233): move to multi_model_service.
"""
import logging
import os

from openai import OpenAI

log = logging.getLogger(__name__)

_client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))

DEFAULT_MODEL = "gpt-4o-mini"


def ask_gpt(prompt, system=None, model=DEFAULT_MODEL, temperature=0.2):
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    resp = _client.chat.completions.create(model=model, messages=messages, temperature=temperature)
    return resp.choices[0].message.content


def classify_intake_email(subject, body):
    labels = ["new_matter", "conflict_check", "billing", "court_notice", "other"]
    answer = ask_gpt(
        f"Subject: {subject}\n\n{body[:4000]}",
        system="Classify this e-mail to a law firm intake inbox. Answer with one of: " + ", ".join(labels),
    )
    answer = (answer or "").strip().lower()
    return answer if answer in labels else "other"


def complete_legacy(prompt, max_tokens=256):
    # gpt-3.5-turbo-instruct, used by the old conflict-check text filler
    resp = _client.completions.create(model="gpt-3.5-turbo-instruct", prompt=prompt, max_tokens=max_tokens)
    return resp.choices[0].text


def get_client():
    return _client
