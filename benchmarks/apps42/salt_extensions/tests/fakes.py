"""
Hand-rolled fakes for the LLM SDK clients, so the tests don't need the SDKs.
"""
from types import SimpleNamespace


class _Recorder:
    def __init__(self, response):
        self.response = response
        self.calls = []

    def create(self, **kwargs):
        self.calls.append(kwargs)
        if kwargs.get("stream"):
            return iter(self.response)
        return self.response


class FakeOpenAI:
    def __init__(self, text="ok", embedding=(0.1, 0.2)):
        msg = SimpleNamespace(content=text)
        usage = SimpleNamespace(prompt_tokens=10, completion_tokens=5, total_tokens=15)
        self.chat = SimpleNamespace(
            completions=_Recorder(
                SimpleNamespace(choices=[SimpleNamespace(message=msg)], usage=usage)
            )
        )
        self.embeddings = _Recorder(
            SimpleNamespace(data=[SimpleNamespace(embedding=list(embedding))])
        )
        self.responses = _Recorder(SimpleNamespace(output_text=text))


class FakeAnthropic:
    def __init__(self, text="ok"):
        block = SimpleNamespace(type="text", text=text)
        usage = SimpleNamespace(input_tokens=12, output_tokens=7)
        self.messages = _Recorder(SimpleNamespace(content=[block], usage=usage))


class FakeBedrock:
    def __init__(self, text="ok"):
        self.calls = []
        self.text = text

    def converse(self, **kwargs):
        self.calls.append(kwargs)
        return {
            "output": {"message": {"content": [{"text": self.text}]}},
            "usage": {"inputTokens": 3, "outputTokens": 4},
        }


def make_utils(client=None, bedrock=None):
    import importlib
    import sys
    import os

    root = os.path.join(os.path.dirname(__file__), "..", "_utils")
    sys.path.insert(0, root)
    prompts = importlib.import_module("llm_prompts")
    cost = importlib.import_module("llm_cost")
    return {
        "llm_clients.get_client": lambda *a, **k: client,
        "llm_clients.default_model": lambda *a, **k: "gpt-4o-mini",
        "llm_clients.bedrock_runtime": lambda *a, **k: bedrock,
        "llm_prompts.summarize_prompt": prompts.summarize_prompt,
        "llm_prompts.as_messages": prompts.as_messages,
        "llm_prompts.truncate": prompts.truncate,
        "llm_prompts.highstate_prompt": prompts.highstate_prompt,
        "llm_prompts.job_review_prompt": prompts.job_review_prompt,
        "llm_cost.calculate_cost": cost.calculate_cost,
    }
