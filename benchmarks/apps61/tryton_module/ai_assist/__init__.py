# This file is part of the ai_assist module.  The COPYRIGHT file at the top
# level of this repository contains the full copyright notices and license terms.
from trytond.pool import Pool

from . import batch_jobs, configuration, ir, opportunity, party, product, routes, sale, wizard
from .configuration import AIConfiguration
from .party import Party
from .sale import Sale

__all__ = ['register']


def register():
    Pool.register(
        Party,
        Sale,
        AIConfiguration,
        configuration.AIUsageLog,
        batch_jobs.AIBatch,
        product.Template,
        opportunity.Opportunity,
        ir.Cron,
        wizard.GenerateDescriptionStart,
        module='ai_assist', type_='model')
    Pool.register(
        wizard.GenerateDescription,
        wizard.SummarizeParty,
        wizard.DraftQuote,
        module='ai_assist', type_='wizard')
    # routes are registered on import of .routes (trytond.wsgi.app)
    assert routes
