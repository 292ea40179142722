# Original "@gpt" bot from the hackathon. Uses the module-level openai client.
# Kept because #random loves /imagine. Do not copy this pattern.
import os

import openai
import requests

openai.api_key = os.environ.get("OPENAI_API_KEY")

STANDUP_WEBHOOK = os.environ.get("STANDUP_WEBHOOK", "https://hooks.acme.internal/standup")


class GPTHandler(object):
    def usage(self):
        return "@gpt <anything>, or @gpt /imagine <prompt>, or @gpt /standup <notes>"

    def initialize(self, bot_handler):
        self.config_info = bot_handler.get_config_info("llm", optional=True) or {}
        self.model = self.config_info.get("model", "gpt-3.5-turbo")

    def handle_message(self, message, bot_handler):
        content = message["content"].strip()
        if content.startswith("/imagine"):
            prompt = content[len("/imagine"):].strip()
            img = openai.images.generate(model="dall-e-3", prompt=prompt, size="1024x1024", n=1)
            bot_handler.send_reply(message, "[image](%s)" % img.data[0].url)
            return
        if content.startswith("/standup"):
            # not an LLM call: forwards notes to the standup collector
            requests.post(STANDUP_WEBHOOK, json={"user": message["sender_email"], "notes": content[8:]}, timeout=5)
            bot_handler.send_reply(message, "Standup notes saved :check:")
            return
        resp = openai.chat.completions.create(
            model=self.model,
            messages=[{"role": "user", "content": content}],
        )
        bot_handler.send_reply(message, resp.choices[0].message.content)


handler_class = GPTHandler
