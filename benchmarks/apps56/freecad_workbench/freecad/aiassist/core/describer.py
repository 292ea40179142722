"""Describe the active model in plain language."""
import FreeCAD

from freecad.aiassist.llm import registry
from freecad.aiassist.llm import prompts
from freecad.aiassist.llm.tokens import truncate_to_budget
from . import model_summary


class ModelDescriber:
    def __init__(self, backend=None):
        self.backend = backend or registry.get()

    def describe(self, doc=None, selection_only=False):
        summary = model_summary.summarize_document(doc, selection_only=selection_only)
        summary = truncate_to_budget(summary, self.backend.model)
        FreeCAD.Console.PrintLog("AIAssist: describing with %s\n" % self.backend.name)
        return self.backend.complete(prompts.DESCRIBE_SYSTEM, prompts.describe_user_prompt(summary))

    def describe_brief(self, doc=None):
        """One-liner used as the document comment."""
        summary = model_summary.summarize_document(doc, max_objects=30)
        client = self.backend.client
        if self.backend.name == "anthropic":
            msg = client.messages.create(
                model=self.backend.model,
                max_tokens=80,
                messages=[{"role": "user", "content": "One sentence, max 20 words:\n" + summary}],
            )
            return msg.content[0].text.strip()
        resp = client.chat.completions.create(
            model=self.backend.model,
            max_tokens=60,
            messages=[{"role": "user", "content": "One sentence, max 20 words:\n" + summary}],
        )
        return resp.choices[0].message.content.strip()
