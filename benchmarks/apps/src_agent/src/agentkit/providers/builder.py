"""Clients built from a class chosen at run time (the SDK class is passed in)."""
import anthropic
import openai


class ClientBuilder:
    def __init__(self, **defaults) -> None:
        self.defaults = {"max_retries": 2, **defaults}

    def _build(self, cls, **overrides):
        return cls(**{**self.defaults, **overrides})

    def anthropic(self):
        return self._build(anthropic.Anthropic)

    def openai(self, **overrides):
        return self._build(openai.OpenAI, **overrides)


def quick_answer(question: str) -> str:
    client = ClientBuilder(timeout=20).anthropic()
    msg = client.messages.create(
        model="claude-haiku-4-5", max_tokens=256, messages=[{"role": "user", "content": question}]
    )
    return msg.content[0].text


def build(factory, **kw):
    return factory(**kw)


def cover_image(title: str) -> str:
    client = build(openai.OpenAI, max_retries=1)
    image = client.images.generate(model="gpt-image-1", prompt=f"Report cover: {title}", size="1024x1024")
    return image.data[0].b64_json
