"""Dashboard preview endpoint (server-sent events)."""
import json
import logging

from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.views.decorators.http import require_POST

from .llm import build_description_messages, get_async_anthropic_client, get_async_openai_client
from .llm.streaming import stream_anthropic, stream_openai
from .manager import get_ai_plugin

logger = logging.getLogger(__name__)


@require_POST
async def description_preview(request):
    from saleor.product.models import Product

    try:
        payload = json.loads(request.body)
        product = await Product.objects.aget(pk=int(payload["product_id"]))
    except (ValueError, KeyError, Product.DoesNotExist):
        return HttpResponseBadRequest("invalid product")
    plugin = get_ai_plugin()
    if plugin is None:
        return HttpResponseBadRequest("plugin inactive")
    messages = build_description_messages(product, payload.get("language_code", "en"))
    if plugin.config.description_provider == "anthropic":
        client = get_async_anthropic_client(plugin.config.anthropic_api_key)
        chunks = stream_anthropic(client, messages)
    else:
        client = get_async_openai_client(plugin.config.openai_api_key)
        chunks = stream_openai(client, messages)

    async def event_stream():
        async for text in chunks:
            yield f"data: {json.dumps({'text': text})}\n\n"
        yield "data: [DONE]\n\n"

    return StreamingHttpResponse(event_stream(), content_type="text/event-stream")
