import frappe


DEFAULT_SETTINGS = {
    "enabled": 1,
    "default_provider": "OpenAI",
    "openai_model": "gpt-4o-mini",
    "anthropic_model": "claude-3-5-sonnet-20241022",
    "gemini_model": "gemini-2.0-flash",
    "mistral_model": "mistral-small-latest",
    "groq_model": "llama-3.1-8b-instant",
    "embedding_model": "text-embedding-3-small",
    "max_output_tokens": 800,
}


def after_install():
    settings = frappe.get_single("AI Helpdesk Settings")
    for key, value in DEFAULT_SETTINGS.items():
        if not settings.get(key):
            settings.set(key, value)
    settings.flags.ignore_mandatory = True
    settings.save(ignore_permissions=True)

    if not frappe.db.exists("Role", "AI Reviewer"):
        frappe.get_doc({"doctype": "Role", "role_name": "AI Reviewer", "desk_access": 1}).insert(
            ignore_permissions=True
        )
    frappe.db.commit()


def before_uninstall():
    frappe.cache().delete_keys("ai_helpdesk:")
