from celery import shared_task

from llm import lazy
from llm.registry import get_client

from .models import Conversation


@shared_task
def nightly_titles() -> int:
    untitled = Conversation.objects.filter(title="")
    for conversation in untitled:
        first = conversation.messages.order_by("created").first()
        if first is None:
            continue
        response = lazy.litellm.completion(
            model="gpt-4o-mini", messages=[{"role": "user", "content": f"Title: {first.content}"}]
        )
        conversation.title = response.choices[0].message.content
        conversation.save(update_fields=["title"])
    return untitled.count()


@shared_task
def translate_message(text: str, language: str) -> str:
    client = get_client("mistral")
    res = client.chat.complete(
        model="mistral-large-latest",
        messages=[{"role": "user", "content": f"Translate to {language}: {text}"}],
    )
    return res.choices[0].message.content


@shared_task
def estimate_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float:
    return lazy.litellm.cost_per_token(
        model=model, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
    )[0]
