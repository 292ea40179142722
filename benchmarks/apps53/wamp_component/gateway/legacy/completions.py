"""Half-migrated: ``complete()`` used to call OpenAI directly, now it goes via
multi_model_service.  ``complete_raw()`` is still used by the export job.
"""
from gateway.llm import get_openai_sync
from gateway.services.multi_model_service import TaskComplexity, multi_model_service


async def complete(prompt, agentic=False):
    out = await multi_model_service.generate_response(
        prompt=prompt,
        task_type="legacy_complete",
        complexity=TaskComplexity.AGENTIC if agentic else TaskComplexity.STANDARD,
    )
    return out["text"]


def complete_raw(prompt, model="gpt-3.5-turbo-instruct", max_tokens=256):
    client = get_openai_sync()
    resp = client.completions.create(model=model, prompt=prompt, max_tokens=max_tokens)
    return resp.choices[0].text


class Completion:
    """Not an LLM thing: a completion record for the export CSV."""

    def __init__(self, prompt, text):
        self.prompt = prompt
        self.text = text

    @classmethod
    def create(cls, prompt, text):
        return cls(prompt.strip(), text.strip())

    def as_row(self):
        return [self.prompt, self.text]
