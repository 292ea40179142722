# -*- coding: utf-8 -*-
{
    "name": "CRM Lead Enricher",
    "summary": "Enrich and score incoming leads with LLMs",
    "version": "17.0.1.2.0",
    "category": "Sales/CRM",
    "author": "Northwind Odoo Partners",
    "license": "OPL-1",
    "depends": ["crm", "ai_base"],
    "data": ["data/ir_cron.xml"],
    "installable": True,
}
