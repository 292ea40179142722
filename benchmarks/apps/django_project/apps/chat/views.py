import json

from django.http import HttpRequest, JsonResponse
from django.shortcuts import get_object_or_404
from django.views import View
from django.views.decorators.http import require_POST

import llm
from apps.usage.llm_usage_tracker import llm_tracker

from . import services
from .models import Conversation


@require_POST
def chat(request: HttpRequest) -> JsonResponse:
    payload = json.loads(request.body)
    conversation = get_object_or_404(Conversation, pk=payload["conversation_id"], owner=request.user)
    return JsonResponse({"reply": services.reply(conversation, payload["message"])})


@require_POST
def retitle(request: HttpRequest, conversation_id: int) -> JsonResponse:
    conversation = get_object_or_404(Conversation, pk=conversation_id, owner=request.user)
    with llm_tracker.track_llm_call("retitle", "gpt-4o-mini", user_id=request.user.id) as usage_log:
        completion = llm.openai_client.chat.completions.create(
            model="gpt-4o-mini",
            messages=[*services.history(conversation), {"role": "user", "content": "Title in 5 words."}],
        )
        usage_log.input_tokens = completion.usage.prompt_tokens
        usage_log.output_tokens = completion.usage.completion_tokens
    conversation.title = completion.choices[0].message.content
    conversation.save(update_fields=["title"])
    return JsonResponse({"title": conversation.title})


class ExportView(View):
    def get(self, request: HttpRequest, conversation_id: int) -> JsonResponse:
        conversation = get_object_or_404(Conversation, pk=conversation_id, owner=request.user)
        transcript = "\n".join(m["content"] for m in services.history(conversation))
        response = llm.gemini.models.generate_content(
            model="gemini-2.5-flash", contents=f"Turn this chat into a FAQ entry:\n{transcript}"
        )
        return JsonResponse({"faq": response.text})
