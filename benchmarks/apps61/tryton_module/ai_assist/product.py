# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
import logging

from trytond.model import fields
from trytond.pool import Pool, PoolMeta
from trytond.transaction import Transaction

from . import embeddings, providers
from .prompts import PRODUCT_DESCRIPTION, SYSTEM_ERP

logger = logging.getLogger(__name__)


class Template(metaclass=PoolMeta):
    __name__ = 'product.template'

    ai_description = fields.Text("AI Description", translate=True)
    ai_embedding = fields.Text("AI Embedding", readonly=True)
    ai_embedding_stale = fields.Boolean("AI Embedding Stale", readonly=True)

    @classmethod
    def default_ai_embedding_stale(cls):
        return True

    def ai_search_text(self):
        parts = [self.name]
        if self.code:
            parts.append(self.code)
        if self.description:
            parts.append(self.description)
        for category in getattr(self, 'categories', []):
            parts.append(category.rec_name)
        return ' | '.join(parts)

    def _attributes_text(self):
        lines = []
        for product in self.products:
            attrs = getattr(product, 'attributes', None) or {}
            for key, value in attrs.items():
                lines.append('- %s: %s' % (key, value))
        return '\n'.join(sorted(set(lines))) or '- (none)'

    def ai_generate_description(self, provider, tone='neutral',
            language='English', max_tokens=400):
        "provider is a providers.BaseProvider, injected by the wizard"
        prompt = PRODUCT_DESCRIPTION.substitute(
            tone=tone, language=language, name=self.name,
            code=self.code or '-',
            category=', '.join(c.rec_name for c in self.categories) or '-',
            attributes=self._attributes_text())
        return provider.generate(
            prompt, system=SYSTEM_ERP, max_tokens=max_tokens).text

    @classmethod
    def write(cls, *args):
        actions = iter(args)
        args = []
        for templates, values in zip(actions, actions):
            if {'name', 'description'} & values.keys():
                values = values.copy()
                values['ai_embedding_stale'] = True
            args.extend((templates, values))
        super().write(*args)

    @classmethod
    def ai_refresh_embeddings(cls):
        "Cron: embed the templates changed since the last run"
        templates = cls.search([('ai_embedding_stale', '=', True)],
            limit=2000)
        if not templates:
            return
        embedder = embeddings.Embedder()
        vectors = embedder.embed_documents(
            [t.ai_search_text() for t in templates])
        for template, vector in zip(templates, vectors):
            template.ai_embedding = embeddings.encode(vector)
            template.ai_embedding_stale = False
        cls.save(templates)
        logger.info("refreshed %d product embeddings", len(templates))

    @classmethod
    def ai_semantic_search(cls, text, limit=10):
        embedder = embeddings.Embedder()
        query = embedder.embed_query(text)
        templates = cls.search([('ai_embedding', '!=', None)])
        scored = sorted(
            ((embeddings.cosine(query, embeddings.decode(t.ai_embedding)), t)
                for t in templates),
            key=lambda x: x[0], reverse=True)
        return [t for _, t in scored[:limit]]

    @classmethod
    def ai_rerank(cls, text, templates, top_n=5):
        provider = providers.get_provider('cohere')
        ranked = provider.rerank(
            text, [t.ai_search_text() for t in templates], top_n=top_n)
        return [templates[i] for i, _ in ranked]

    @classmethod
    def ai_image_for(cls, template_id):
        "Marketing asked for placeholder pictures; kept behind a context flag"
        if not Transaction().context.get('ai_images'):
            return None
        template = cls(template_id)
        client = providers.openai_client()
        image = client.images.generate(
            model='dall-e-3',
            prompt="Studio photo of %s on white background" % template.name,
            size='1024x1024', n=1)
        Attachment = Pool().get('ir.attachment')
        attachment, = Attachment.create([{
                    'name': '%s.png' % template.name,
                    'resource': str(template),
                    'link': image.data[0].url,
                    'type': 'link',
                    }])
        return attachment
