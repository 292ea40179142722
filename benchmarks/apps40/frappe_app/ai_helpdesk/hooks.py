app_name = "ai_helpdesk"
app_title = "AI Helpdesk"
app_publisher = "Northwind Support Engineering"
app_description = "AI assistance for the Helpdesk"
app_email = "support-eng@northwind.example"
app_license = "mit"
required_apps = ["frappe/helpdesk"]

# Includes in <head>
# ------------------
app_include_js = "/assets/ai_helpdesk/js/ai_helpdesk.js"

doctype_js = {
    "HD Ticket": "public/js/hd_ticket.js",
}

after_install = "ai_helpdesk.install.after_install"
before_uninstall = "ai_helpdesk.install.before_uninstall"

# Document Events
# ---------------
doc_events = {
    "Support Ticket": {
        "after_insert": "ai_helpdesk.events.ticket.after_insert",
        "on_update": "ai_helpdesk.events.ticket.on_update",
    },
    "Communication": {
        "after_insert": "ai_helpdesk.events.communication.after_insert",
    },
    "Knowledge Article": {
        "on_trash": "ai_helpdesk.events.ticket.drop_article_vectors",
    },
}

# Scheduled Tasks
# ---------------
scheduler_events = {
    "hourly": [
        "ai_helpdesk.tasks.summarize_stale_tickets",
    ],
    "daily": [
        "ai_helpdesk.tasks.send_daily_digest",
        "ai_helpdesk.tasks.purge_old_usage_logs",
    ],
    "cron": {
        "*/15 * * * *": [
            "ai_helpdesk.tasks.moderation_sweep",
        ],
        "0 3 * * 0": [
            "ai_helpdesk.tasks.reindex_knowledge_base",
        ],
    },
}

# Overriding Methods
# ------------------------------
override_whitelisted_methods = {
    "helpdesk.api.ticket.suggest_reply": "ai_helpdesk.api.suggest_reply",
}

# Bench commands
commands = "ai_helpdesk.commands.commands"

fixtures = [
    {"dt": "Custom Field", "filters": [["module", "=", "AI Helpdesk"]]},
]

ignore_links_on_delete = ["LLM Usage Log"]
