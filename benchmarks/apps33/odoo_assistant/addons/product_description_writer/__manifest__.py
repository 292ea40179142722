# -*- coding: utf-8 -*-
{
    "name": "Product Description Writer",
    "summary": "Generate e-commerce descriptions, SEO keywords and images",
    "version": "17.0.1.0.3",
    "category": "Website/eCommerce",
    "author": "Northwind Odoo Partners",
    "license": "OPL-1",
    "depends": ["website_sale", "ai_base"],
    "installable": True,
}
