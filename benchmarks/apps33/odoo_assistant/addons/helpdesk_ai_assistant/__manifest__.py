# -*- coding: utf-8 -*-
{
    "name": "Helpdesk AI Assistant",
    "summary": "Reply suggestions, summaries and triage for helpdesk tickets",
    "version": "17.0.2.1.0",
    "category": "Services/Helpdesk",
    "author": "Northwind Odoo Partners",
    "license": "OPL-1",
    "depends": ["helpdesk", "ai_base", "website"],
    "data": [
        "data/ir_cron.xml",
    ],
    "installable": True,
}
