# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""JSON routes for the web shop and the chat side panel."""
import json

from werkzeug.wrappers import Response

from trytond.protocols.wrappers import (
    allow_null_origin, user_application, with_pool, with_transaction)
from trytond.wsgi import app

from . import llm
from .configuration import get_config
from .providers import get_provider

ai_application = user_application('ai_assist')


@app.route('/<database_name>/ai_assist/chat', methods=['POST'])
@allow_null_origin
@with_pool
@with_transaction()
@ai_application
def chat(request, pool):
    payload = request.parsed_data
    provider = get_provider()
    completion = provider.generate(
        payload['message'], system=payload.get('system'))
    return {'answer': completion.text, 'model': completion.model}


@app.route('/<database_name>/ai_assist/chat/stream', methods=['POST'])
@allow_null_origin
@with_pool
@with_transaction()
@ai_application
def chat_stream(request, pool):
    payload = request.parsed_data
    config = get_config()
    client = llm.get_anthropic_client()

    def generate():
        with client.messages.stream(
                model=config.model_for('anthropic'),
                max_tokens=config.max_tokens or 800,
                messages=payload['messages']) as stream:
            for text in stream.text_stream:
                yield 'data: %s\n\n' % json.dumps({'delta': text})
        yield 'data: [DONE]\n\n'
    return Response(generate(), mimetype='text/event-stream')


@app.route('/<database_name>/ai_assist/party/<int:party_id>/summary',
    methods=['GET'])
@with_pool
@with_transaction()
@ai_application
def party_summary(request, pool, party_id):
    Party = pool.get('party.party')
    party = Party(party_id)
    return Party.ai_summarize_tracked([party])


@app.route('/<database_name>/ai_assist/shop/describe', methods=['POST'])
@allow_null_origin
@with_pool
@with_transaction()
@ai_application
def shop_describe(request, pool):
    "Used by the web shop to describe a product in the visitor language"
    payload = request.parsed_data
    client = llm.get_genai_client()
    response = client.models.generate_content_stream(
        model='gemini-2.0-flash',
        contents="Describe in %s: %s" % (
            payload.get('lang', 'English'), payload['text']))
    return {'text': ''.join(chunk.text or '' for chunk in response)}


@app.route('/<database_name>/ai_assist/models', methods=['GET'])
@with_pool
@with_transaction()
@ai_application
def list_models(request, pool):
    "Model picker of the configuration form"
    client = llm.get_openai_client()
    return sorted(m.id for m in client.models.list())
