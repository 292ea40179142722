"""Conversation logic used by the views and the Celery tasks."""
from llm import CLIENTS, get_client, openai_client
from llm import providers
from llm.clients import gemini
from llm.gateway import multi_model_service
from llm.lazy import litellm
from llm.providers import claude

from .models import Conversation, Message


def history(conversation: Conversation) -> list[dict]:
    return [{"role": m.role, "content": m.content} for m in conversation.messages.order_by("created")]


def reply(conversation: Conversation, text: str) -> str:
    Message.objects.create(conversation=conversation, role="user", content=text)
    answer = multi_model_service.generate_response(
        text, feature="chat", user_id=conversation.owner_id
    )
    Message.objects.create(conversation=conversation, role="assistant", content=answer)
    return answer


def suggest_title(conversation: Conversation) -> str:
    completion = openai_client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[*history(conversation), {"role": "user", "content": "Title this chat in 5 words."}],
    )
    return completion.choices[0].message.content


def summarize(conversation: Conversation) -> str:
    transcript = "\n".join(f"{m['role']}: {m['content']}" for m in history(conversation))
    response = gemini.models.generate_content(model="gemini-2.5-flash", contents=f"Summarise:\n{transcript}")
    return response.text


def critique(answer: str) -> str:
    msg = claude.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=512,
        messages=[{"role": "user", "content": f"Critique this answer:\n{answer}"}],
    )
    return msg.content[0].text


def polite_rewrite(answer: str) -> str:
    msg = providers.claude.messages.create(
        model="claude-haiku-4-5",
        max_tokens=512,
        messages=[{"role": "user", "content": f"Rewrite politely:\n{answer}"}],
    )
    return msg.content[0].text


def fallback_reply(text: str) -> str:
    response = litellm.completion(model="gpt-4o-mini", messages=[{"role": "user", "content": text}])
    return response.choices[0].message.content


def draft_with(provider: str, text: str) -> str:
    if provider == "mistral":
        res = CLIENTS["mistral"].chat.complete(
            model="mistral-small-latest", messages=[{"role": "user", "content": text}]
        )
        return res.choices[0].message.content
    if provider == "anthropic":
        msg = CLIENTS["anthropic"].messages.create(
            model="claude-haiku-4-5", max_tokens=512, messages=[{"role": "user", "content": text}]
        )
        return msg.content[0].text
    completion = get_client("together").chat.completions.create(
        model="meta-llama/Llama-3.3-70B-Instruct-Turbo", messages=[{"role": "user", "content": text}]
    )
    return completion.choices[0].message.content


def open_conversation(owner, title: str = "") -> Conversation:
    return Conversation.objects.create(owner=owner, title=title)
