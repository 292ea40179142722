# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Fan-out jobs queued through trytond's ir.queue (``__queue__``)."""
import asyncio
import functools
import logging

from trytond.model import Model
from trytond.pool import Pool

from .async_clients import AsyncClients
from .configuration import get_config
from .llm_usage_tracker import llm_tracker
from .prompts import PRODUCT_DESCRIPTION, SYSTEM_ERP

logger = logging.getLogger(__name__)

CONCURRENCY = 5


async def _describe_openai(clients, template, semaphore):
    async with semaphore:
        response = await clients.openai.chat.completions.create(
            model='gpt-4o-mini',
            messages=[
                {'role': 'system', 'content': SYSTEM_ERP},
                {'role': 'user', 'content': PRODUCT_DESCRIPTION.substitute(
                        tone='neutral', language='English',
                        name=template.name, code=template.code or '-',
                        category='-', attributes='- (none)')},
                ])
        return template.id, response.choices[0].message.content


async def _describe_anthropic(clients, template, semaphore):
    async with semaphore:
        async with llm_tracker.track_llm_call(
                provider='anthropic', model='claude-3-5-haiku-20241022',
                feature_context='batch_description') as usage_log:
            message = await clients.anthropic.messages.create(
                model='claude-3-5-haiku-20241022',
                max_tokens=300,
                system=SYSTEM_ERP,
                messages=[{'role': 'user',
                        'content': "Describe: %s" % template.name}])
            usage_log.input_tokens = message.usage.input_tokens
            usage_log.output_tokens = message.usage.output_tokens
        return template.id, message.content[0].text


async def _describe_gemini(clients, template, semaphore):
    async with semaphore:
        response = await clients.gemini.models.generate_content(
            model='gemini-2.0-flash',
            contents="Describe for a B2B catalogue: %s" % template.name)
        return template.id, response.text


DESCRIBERS = {
    'openai': _describe_openai,
    'anthropic': _describe_anthropic,
    'google': _describe_gemini,
    }


async def describe_all(templates, provider):
    clients = AsyncClients(get_config())
    semaphore = asyncio.Semaphore(CONCURRENCY)
    describer = DESCRIBERS[provider]
    results = await asyncio.gather(
        *(describer(clients, t, semaphore) for t in templates),
        return_exceptions=True)
    ok = {}
    for result in results:
        if isinstance(result, Exception):
            logger.warning("description failed: %s", result)
            continue
        template_id, text = result
        ok[template_id] = text
    return ok


async def summarize_notes(clients, texts, model='gpt-4o-mini'):
    "Shared by the party digest when there are many notes"
    summarize = functools.partial(
        clients.openai.chat.completions.create, model=model, max_tokens=200)
    answers = []
    for text in texts:
        response = await summarize(messages=[
                {'role': 'user', 'content': "Summarise:\n" + text}])
        answers.append(response.choices[0].message.content)
    return answers


class AIBatch(Model):
    "AI Batch Jobs"
    __name__ = 'ai.batch'

    @classmethod
    def describe_templates(cls, template_ids, provider=None):
        "Enqueued with AIBatch.__queue__.describe_templates(ids)"
        pool = Pool()
        Template = pool.get('product.template')
        templates = Template.browse(template_ids)
        provider = provider or get_config().provider
        if provider not in DESCRIBERS:
            provider = 'openai'
        texts = asyncio.run(describe_all(templates, provider))
        for template in templates:
            if template.id in texts:
                template.ai_description = texts[template.id]
        Template.save(templates)

    @classmethod
    def enqueue_missing(cls, batch_size=50):
        Template = Pool().get('product.template')
        templates = Template.search([('ai_description', '=', None)])
        ids = [t.id for t in templates]
        for i in range(0, len(ids), batch_size):
            cls.__queue__.describe_templates(ids[i:i + batch_size])
