# Helpdesk FAQ bot (2023). Uses the v1 Cohere client with connectors.
# Superseded by @docs but #it-help still has it pinned.
import os

import cohere

co = cohere.Client(os.environ.get("CO_API_KEY"))

FAQ_PREAMBLE = (
    "You are the IT helpdesk bot. Answer using the IT FAQ only. "
    "If the question is about hardware failures, tell people to file a ticket at https://it.acme.internal."
)


class HelpdeskHandler(object):
    def usage(self):
        return "Ask me an IT question."

    def initialize(self, bot_handler):
        self.history = {}

    def handle_message(self, message, bot_handler):
        history = self.history.setdefault(message["sender_id"], [])
        resp = co.chat(
            message=message["content"],
            model="command-r",
            preamble=FAQ_PREAMBLE,
            chat_history=history[-6:],
            temperature=0.1,
        )
        history.append({"role": "USER", "message": message["content"]})
        history.append({"role": "CHATBOT", "message": resp.text})
        bot_handler.send_reply(message, resp.text)


handler_class = HelpdeskHandler
