#!/usr/bin/env python3
"""Initial embedding import (runs inside a trytond transaction)."""
import argparse
import asyncio

from trytond.pool import Pool
from trytond.transaction import Transaction


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('-d', '--database', required=True)
    args = parser.parse_args()

    from trytond.config import config
    config.update_etc()
    from trytond.modules.ai_assist import embeddings

    Pool.start()
    pool = Pool(args.database)
    pool.init()
    with Transaction().start(args.database, 0, context={}):
        Template = pool.get('product.template')
        templates = Template.search([('ai_embedding', '=', None)])
        vectors = asyncio.run(embeddings.embed_many_async(
                [t.ai_search_text() for t in templates]))
        for template, vector in zip(templates, vectors):
            template.ai_embedding = embeddings.encode(vector)
            template.ai_embedding_stale = False
        Template.save(templates)
        Transaction().commit()
    print("embedded %d templates" % len(templates))


if __name__ == '__main__':
    main()
