"""`llmctl search web`: grounded answers from Perplexity, optionally condensed by Groq."""
from __future__ import annotations

import logging

from cliff.show import ShowOne

LOG = logging.getLogger(__name__)


class SearchWeb(ShowOne):
    """Ask Perplexity a question; prints the answer and its citations."""

    def get_parser(self, prog_name):
        parser = super().get_parser(prog_name)
        parser.add_argument("question", nargs="+")
        parser.add_argument("--recency", choices=["day", "week", "month", "year"], default=None)
        parser.add_argument("--tldr", action="store_true",
                            help="Condense the answer to one sentence with Groq")
        return parser

    def take_action(self, parsed_args):
        question = " ".join(parsed_args.question)
        model = self.app.settings.model_for("perplexity")
        answer, citations = self.app.perplexity.ask(question, model=model,
                                                    recency=parsed_args.recency)
        if parsed_args.tldr:
            chat = self.app.groq_client.chat.completions.create(
                model="llama-3.1-8b-instant",
                messages=[
                    {"role": "system", "content": "Condense to a single sentence."},
                    {"role": "user", "content": answer},
                ],
                max_tokens=120,
            )
            answer = chat.choices[0].message.content
        return ("question", "answer", "citations"), (
            question, answer, "\n".join(citations) or "-")
