# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from trytond.pool import PoolMeta


class Cron(metaclass=PoolMeta):
    __name__ = 'ir.cron'

    @classmethod
    def __setup__(cls):
        super().__setup__()
        cls.method.selection.extend([
                ('sale.opportunity|ai_classify_pending',
                    "Classify Leads with AI"),
                ('product.template|ai_refresh_embeddings',
                    "Refresh Product Embeddings"),
                ('party.party|ai_weekly_digest',
                    "Weekly Customer Digest"),
                ])
