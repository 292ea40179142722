# -*- coding: utf-8 -*-
{
    "name": "AI Base",
    "summary": "Shared LLM provider configuration, clients and usage tracking",
    "version": "17.0.1.4.2",
    "category": "Hidden/Tools",
    "author": "Northwind Odoo Partners",
    "website": "https://www.northwind-odoo.example",
    "license": "OPL-1",
    "depends": ["base", "base_setup", "mail"],
    "external_dependencies": {
        "python": ["openai", "anthropic", "mistralai", "google-genai", "tiktoken", "requests"],
    },
    "data": [
        "security/ir.model.access.csv",
        "data/ir_config_parameter.xml",
    ],
    "installable": True,
    "application": False,
}
