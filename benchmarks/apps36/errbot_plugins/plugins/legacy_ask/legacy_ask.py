"""The first LLM plugin we wrote (2023). Please don't add features here.

!ask2 is the replacement going through multi_model_service; once the
dashboards show it's stable, delete !ask and !ask_raw.
"""
import os

import requests
from errbot import BotPlugin, botcmd
from openai import OpenAI

from lib.aio import run_sync
from lib.multi_model_service import TaskComplexity, multi_model_service

SYSTEM = "You are opsy, a helpful assistant for the SRE team. Be brief."


class LegacyAsk(BotPlugin):
    def activate(self):
        super().activate()
        self.client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY"))
        self.history = {}

    @botcmd
    def ask(self, msg, args):
        """Ask the bot anything (keeps a short per-user history)."""
        user = str(msg.frm)
        history = self.history.setdefault(user, [])
        history.append({"role": "user", "content": args})
        completion = self.client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[{"role": "system", "content": SYSTEM}] + history[-10:],
        )
        answer = completion.choices[0].message.content
        history.append({"role": "assistant", "content": answer})
        return answer

    @botcmd
    def ask_raw(self, msg, args):
        """Same as !ask without the SDK (used from the proxy-less runner)."""
        r = requests.post(
            "https://api.openai.com/v1/chat/completions",
            headers={"Authorization": f"Bearer {os.environ.get('OPENAI_API_KEY')}"},
            json={
                "model": "gpt-4o-mini",
                "messages": [{"role": "system", "content": SYSTEM}, {"role": "user", "content": args}],
            },
            timeout=60,
        )
        r.raise_for_status()
        return r.json()["choices"][0]["message"]["content"]

    @botcmd
    def ask2(self, msg, args):
        """Ask the bot anything (tracked)."""
        response = run_sync(
            multi_model_service.generate_response(
                prompt=args, task_type="chat", complexity=TaskComplexity.SIMPLE, system=SYSTEM
            )
        )
        return response.text

    @botcmd
    def ask_forget(self, msg, args):
        """Forget your !ask history."""
        self.history.pop(str(msg.frm), None)
        return "Forgotten."

    @botcmd
    def ask_image(self, msg, args):
        """Generate a diagram-ish image for a prompt (rarely used)."""
        img = self.client.images.generate(model="dall-e-3", prompt=args, size="1024x1024", n=1)
        return img.data[0].url
