# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
"""Tool-using quote agent (experimental, behind the ai_agent context key).

The agent can look up products and prices in the ERP and proposes sale lines.
It receives its Anthropic client from the caller so that the tests can pass a
fake one.
"""
import json
import logging

from trytond.pool import Pool

logger = logging.getLogger(__name__)

TOOLS = [
    {
        'name': 'search_products',
        'description': "Search salable products by name or code.",
        'input_schema': {
            'type': 'object',
            'properties': {'query': {'type': 'string'}},
            'required': ['query'],
            },
        },
    {
        'name': 'get_price',
        'description': "Unit price of a product for the customer.",
        'input_schema': {
            'type': 'object',
            'properties': {
                'product_id': {'type': 'integer'},
                'quantity': {'type': 'number'},
                },
            'required': ['product_id'],
            },
        },
    ]


class QuoteAgent:

    def __init__(self, client, model, party, max_turns=6):
        self.client = client
        self.model = model
        self.party = party
        self.max_turns = max_turns
        self.proposed = []

    # tools ---------------------------------------------------------------

    def search_products(self, query):
        Product = Pool().get('product.product')
        products = Product.search([
                ('salable', '=', True),
                ['OR', ('name', 'ilike', '%%%s%%' % query),
                    ('code', 'ilike', '%%%s%%' % query)],
                ], limit=10)
        return [{'id': p.id, 'name': p.rec_name} for p in products]

    def get_price(self, product_id, quantity=1):
        pool = Pool()
        Product = pool.get('product.product')
        product = Product(product_id)
        prices = Product.get_sale_price([product], quantity=quantity)
        self.proposed.append((product_id, quantity))
        return {'unit_price': str(prices[product.id])}

    def _dispatch(self, name, arguments):
        method = {'search_products': self.search_products,
            'get_price': self.get_price}.get(name)
        if method is None:
            return {'error': 'unknown tool %s' % name}
        return method(**arguments)

    # loop ----------------------------------------------------------------

    def run(self, request_text):
        messages = [{'role': 'user', 'content': request_text}]
        for _ in range(self.max_turns):
            response = self.client.messages.create(
                model=self.model,
                max_tokens=1024,
                tools=TOOLS,
                system="You prepare quotes for %s." % self.party.rec_name,
                messages=messages)
            messages.append({'role': 'assistant',
                    'content': response.content})
            if response.stop_reason != 'tool_use':
                return ''.join(b.text for b in response.content
                    if b.type == 'text')
            results = []
            for block in response.content:
                if block.type != 'tool_use':
                    continue
                output = self._dispatch(block.name, block.input)
                results.append({
                        'type': 'tool_result',
                        'tool_use_id': block.id,
                        'content': json.dumps(output),
                        })
            messages.append({'role': 'user', 'content': results})
        logger.warning("quote agent stopped after %d turns", self.max_turns)
        return None


def build_agent(party):
    from .llm import get_anthropic_client
    from .configuration import get_config
    return QuoteAgent(get_anthropic_client(),
        get_config().model_for('anthropic'), party)
