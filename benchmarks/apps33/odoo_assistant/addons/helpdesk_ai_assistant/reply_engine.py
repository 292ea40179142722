# -*- coding: utf-8 -*-
"""Reply drafting engine, kept ORM-free so it can be unit tested with fakes."""
import logging

from odoo.addons.ai_base.services import prompts

_logger = logging.getLogger(__name__)

MAX_CONTEXT_TOKENS = 12000


ODOO_LANG_NAMES = {
    "en_US": "English",
    "en_GB": "English",
    "fr_FR": "French",
    "fr_BE": "French",
    "nl_BE": "Dutch",
    "nl_NL": "Dutch",
    "de_DE": "German",
    "es_ES": "Spanish",
    "it_IT": "Italian",
}


def lang_name(code):
    """Odoo lang code -> language name understood by the model."""
    if not code:
        return "English"
    return ODOO_LANG_NAMES.get(code) or ODOO_LANG_NAMES.get(code.split("_")[0] + "_" + code.split("_")[0].upper(), "English")


def strip_signature(body):
    """Drop e-mail signatures and quoted history, they waste tokens."""
    cut_markers = ("\n-- \n", "\nOn ", "\nLe ", "\nOp ", "\nAm ", "\n> ")
    for marker in cut_markers:
        idx = body.find(marker)
        if idx > 40:
            body = body[:idx]
    return body.strip()


class ReplyEngine:
    def __init__(self, client, model="claude-3-5-haiku-latest", company="our company"):
        self.client = client
        self.model = model
        self.company = company

    def _system(self, lang):
        return prompts.render(prompts.HELPDESK_SYSTEM, company=self.company, lang=lang_name(lang))

    def _messages(self, thread):
        messages = []
        for author_is_customer, body in thread:
            role = "user" if author_is_customer else "assistant"
            if messages and messages[-1]["role"] == role:
                messages[-1]["content"] += "\n\n" + body
            else:
                messages.append({"role": role, "content": strip_signature(body)})
        if not messages or messages[-1]["role"] != "user":
            messages.append({"role": "user", "content": "Please draft the next reply."})
        return messages

    def fits_context(self, thread, lang="English"):
        count = self.client.messages.count_tokens(
            model=self.model,
            system=self._system(lang),
            messages=self._messages(thread),
        )
        return count.input_tokens <= MAX_CONTEXT_TOKENS

    def draft(self, thread, lang="English", on_delta=None):
        chunks = []
        with self.client.messages.stream(
            model=self.model,
            max_tokens=700,
            system=self._system(lang),
            messages=self._messages(thread),
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
                if on_delta:
                    on_delta(text)
            final = stream.get_final_message()
        _logger.info("draft used %s/%s tokens", final.usage.input_tokens, final.usage.output_tokens)
        return "".join(chunks)

    def generate(self, thread, lang="English"):
        """Non-streaming variant used by the cron."""
        return self.draft(thread, lang=lang)
